def all = new File(basedir, 'build.log').text
// one build.log for the three runs; each starts with Maven scanning for projects
def runs = all.split(/\[INFO\] Scanning for projects/).findAll { it.contains('collab-infra') }
assert runs.size() == 3 : "expected three runs in build.log, found ${runs.size()}"
def log = runs[0]

// the template line that builds the value, the environment, the value and the environment line that feeds it
assert log.contains("main.yaml:15:19: ERROR E9120 Environment 'prod': BucketName of AssetsBucket resolves to 'Collab-Prod-prod-assets'")
assert log =~ /from stackName at src\/main\/cloudformation\/environments\/prod\.yaml:1, parameters\.EnvironmentName at src\/main\/cloudformation\/environments\/prod\.yaml:4/
assert log.contains("main.yaml:24:25: ERROR E9122 Environment 'dev': Fn::Select index 2 is past the end of the 2 availability zones Fn::GetAZs returns in us-west-1")
assert log =~ /from region at src\/main\/cloudformation\/environments\/dev\.yaml:2/
// dev's bucket name and prod's third zone are fine: nothing else is reported
assert !log.contains("Environment 'dev': BucketName")
assert !log.contains("Environment 'prod': Fn::Select")
assert log.contains('collab-infra: 2 errors, 0 warnings in 1 template')
assert log.contains('BUILD FAILURE')

// -Denv=prod -Dcollab-infra.stackName=collab-prod: resolved as the deploy would send it, and clean
def fixed = runs[1]
assert !fixed.contains('E9120') && !fixed.contains('E9122')
assert fixed.contains('collab-infra: 0 errors, 0 warnings in 1 template')
assert fixed.contains('BUILD SUCCESS')

// -Denv=dev -Dcollab-infra.stackName=Collab-Dev: the finding names the property that fed the value
def broken = runs[2]
assert broken.contains("main.yaml:15:19: ERROR E9120 Environment 'dev': BucketName of AssetsBucket resolves to 'Collab-Dev-dev-assets'")
assert broken =~ /from -Dcollab-infra\.stackName, parameters\.EnvironmentName at src\/main\/cloudformation\/environments\/dev\.yaml:4/
assert !broken.contains("Environment 'prod'")
assert broken.contains('BUILD FAILURE')

// the SARIF report carries the rules' descriptions (the last run's report)
def sarif = new File(basedir, 'target/collab-infra/validate.sarif').text
assert sarif.contains('A resource property resolved with the environment')
assert !all.contains('at dev.collabinfra.')
return true
