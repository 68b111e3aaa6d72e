// Turns AWS's CloudFormationResourceSpecification.json into the plugin's compact line format
// (read by dev.collabinfra.spec.CompactSpecReader). Documentation URLs are dropped: they are
// two thirds of the file and no rule needs them.
//
// Format (UTF-8, one record a line, fields separated by TAB, empty field = absent):
//   collab-infra-spec<TAB>1                    format marker and format version
//   version<TAB>117.0.0                        ResourceSpecificationVersion
//   R<TAB>AWS::S3::Bucket                      a resource type; the lines below belong to it
//   T<TAB>AWS::S3::Bucket.Rule                 a property type
//   A<TAB>Arn<TAB>DomainName...                 attribute names of the current resource type
//   P<TAB>name<TAB>req<TAB>primitive<TAB>type<TAB>itemType<TAB>primitiveItem<TAB>update<TAB>flags
//                                              a property (req 1/0, update M/I/C, flags: X = several
//                                              types allowed, the spec cannot decide the shape)
//   S<TAB>(same fields as P, name empty)        a property type that is itself a list/primitive
//   Q<TAB>AWS::Serverless-2016-10-31           transform the current resource type needs
//   N<TAB>AWS::IAM::RolePolicy                 a resource type that exists but is newer than the
//                                              specification: known by name only, not checked
//   overlay<TAB>@aws-cdk/aws-service-spec 0.1.216   where the N lines and patches came from
//
// The overlay (optional 2nd argument: aws-service-spec's db.json.gz, built from the current
// CloudFormation registry schemas) keeps a frozen specification from calling newer, valid
// templates wrong: it adds resource types and attributes created since, adds properties created
// since as untyped ('X', so not checked; their update type from causesReplacement), unmarks properties that stopped being required, and
// marks properties whose type was widened (a union, or one with previous types) as 'X'.
const fs = require('fs');
const zlib = require('zlib');
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const overlay = process.argv[3] ? JSON.parse(zlib.gunzipSync(fs.readFileSync(process.argv[3]))).schema : null;
const overlayName = process.argv[4] || '';
const out = [];
out.push('collab-infra-spec\t1');
out.push('version\t' + spec.ResourceSpecificationVersion);
if (overlay) out.push('overlay\t' + overlayName);

// Newer schema, indexed: resource type -> {properties, attributes}, and
// "<resource type>.<type name>" -> properties of a property type.
const newer = {};
const newerTypes = {};
if (overlay) {
  const uses = overlay.usesType.forward;
  const typeDefs = overlay.typeDefinition.entities;
  for (const r of Object.values(overlay.resource.entities)) {
    newer[r.cloudFormationType] = r;
    for (const ref of uses[r.$id] || []) {
      const t = typeDefs[ref.$id];
      if (t) newerTypes[r.cloudFormationType + '.' + t.name] = t;
    }
  }
}
function patch(props, newerProps) {
  if (!newerProps) return props;
  const result = {};
  for (const [name, p] of Object.entries(props || {})) {
    const n = newerProps[name];
    if (!n) { result[name] = p; continue; }
    const widened = n.type && (n.type.type === 'union' || (n.previousTypes && n.previousTypes.length));
    result[name] = Object.assign({}, p, {
      Required: p.Required && !!n.required,
      __polymorphic: widened ? true : undefined,
    });
  }
  for (const name of Object.keys(newerProps)) {
    if (!(name in result)) {
      const c = newerProps[name].causesReplacement; // absent means an update in place
      result[name] = { Required: false, __polymorphic: true,
        UpdateType: c === 'yes' ? 'Immutable' : c === 'maybe' ? 'Conditional' : 'Mutable' };
    }
  }
  return result;
}
const update = { Mutable: 'M', Immutable: 'I', Conditional: 'C' };
function fields(p) {
  const flags = (p.__polymorphic || p.PrimitiveTypes || p.Types || p.PrimitiveItemTypes || p.ItemTypes
    || p.InclusiveItemTypes || p.InclusivePrimitiveItemTypes) ? 'X' : '';
  return [p.Required ? '1' : '0', p.PrimitiveType || '', p.Type || '', p.ItemType || '',
    p.PrimitiveItemType || '', update[p.UpdateType] || '', flags].join('\t');
}
function properties(props) {
  for (const name of Object.keys(props || {}).sort()) {
    out.push('P\t' + name + '\t' + fields(props[name]));
  }
}
for (const name of Object.keys(spec.ResourceTypes).sort()) {
  const r = spec.ResourceTypes[name];
  out.push('R\t' + name);
  const n = newer[name];
  const attrs = [...new Set([...Object.keys(r.Attributes || {}), ...Object.keys((n && n.attributes) || {})])].sort();
  if (attrs.length) out.push('A\t' + attrs.join('\t'));
  if (r.RequiredTransform) out.push('Q\t' + r.RequiredTransform);
  properties(patch(r.Properties, n && n.properties));
}
for (const name of Object.keys(newer).sort()) {
  if (!spec.ResourceTypes[name]) out.push('N\t' + name);
}
for (const name of Object.keys(spec.PropertyTypes).sort()) {
  const t = spec.PropertyTypes[name];
  out.push('T\t' + name);
  const n = newerTypes[name];
  if (t.Properties) properties(patch(t.Properties, n && n.properties));
  else out.push('S\t\t' + fields(t));
}
process.stdout.write(out.join('\n') + '\n');
