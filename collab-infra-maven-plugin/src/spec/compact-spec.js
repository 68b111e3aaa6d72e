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
const fs = require('fs');
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = [];
out.push('collab-infra-spec\t1');
out.push('version\t' + spec.ResourceSpecificationVersion);
const update = { Mutable: 'M', Immutable: 'I', Conditional: 'C' };
function fields(p) {
  const flags = (p.PrimitiveTypes || p.Types || p.PrimitiveItemTypes || p.ItemTypes
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
  const attrs = Object.keys(r.Attributes || {}).sort();
  if (attrs.length) out.push('A\t' + attrs.join('\t'));
  if (r.RequiredTransform) out.push('Q\t' + r.RequiredTransform);
  properties(r.Properties);
}
for (const name of Object.keys(spec.PropertyTypes).sort()) {
  const t = spec.PropertyTypes[name];
  out.push('T\t' + name);
  if (t.Properties) properties(t.Properties);
  else out.push('S\t\t' + fields(t));
}
process.stdout.write(out.join('\n') + '\n');
