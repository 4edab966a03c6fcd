// build.log holds the seven invocations one after the other.
String log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('specpoet: ') }
String seen = lines.join('\n')
def runs = lines.findAll { it.contains('specpoet: Generated ') || it =~ /specpoet: \d+ files up to date, skipping generation/ }
        .collect { it.contains('specpoet: Generated ') ? 'generated' : 'skipped' }
// 1 new, 2 unchanged, 3 clientName changed, 4 unchanged, 5 referenced file changed, 6 a generated
// source edited by hand, 7 unchanged
assert runs == ['generated', 'skipped', 'generated', 'skipped', 'generated', 'generated', 'skipped'] : "unexpected runs ${runs}:\n${seen}"
// the skip line counts the files of the output
assert !(lines.find { it =~ /specpoet: 0 files up to date/ }) : seen

File out = new File(basedir, 'target/generated-sources/specpoet/com/example/things')
assert new File(out, 'RenamedClient.java').isFile() : 'the changed clientName was not applied'
assert !new File(out, 'ThingsClient.java').exists() : 'the output of the earlier run was not replaced'
File thing = new File(out, 'models/Thing.java')
assert thing.isFile() : 'the schema from the referenced file is missing'
assert thing.text.toLowerCase().contains('colour') : 'the change in the referenced file did not reach the output'
assert !thing.text.contains('edited by hand') : 'the generated source edited by hand was not generated again'

File state = new File(basedir, 'target/specpoet/default.state')
assert state.isFile()
assert state.text.contains('schemas.yaml') : 'the referenced file is not part of the up-to-date check'
return true
