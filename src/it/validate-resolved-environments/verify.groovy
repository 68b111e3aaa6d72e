def log = new File(basedir, 'build.log').text

// the template line that builds the value, the environment, the value and the environment line that feeds it
assert log.contains("main.yaml:15:19: ERROR E9120 Environment 'prod': BucketName of AssetsBucket resolves to 'Collab-Prod-prod-assets'")
assert log =~ /from stackName at src\/main\/cloudformation\/environments\/prod\.yaml:1, parameters\.EnvironmentName at src\/main\/cloudformation\/environments\/prod\.yaml:4/
assert log.contains("main.yaml:24:25: ERROR E9122 Environment 'dev': Fn::Select index 2 is past the end of the 2 availability zones Fn::GetAZs returns in us-west-1")
assert log =~ /from region at src\/main\/cloudformation\/environments\/dev\.yaml:2/
// dev's bucket name and prod's third zone are fine: nothing else is reported
assert !log.contains("Environment 'dev': BucketName")
assert !log.contains("Environment 'prod': Fn::Select")
assert log.contains('collab-infra: 2 errors, 0 warnings in 1 template')
// the SARIF report carries the rules' descriptions
def sarif = new File(basedir, 'target/collab-infra/validate.sarif').text
assert sarif.contains('A resource property resolved with the environment')
assert log.contains('BUILD FAILURE')
assert !log.contains('at dev.collabinfra.')
return true
