String log = new File(basedir, 'build.log').text

// run 1 generated from good.yaml
assert log.contains('specpoet: Generated ') : 'the valid spec did not generate'

// run 2 failed with both problems of broken.yaml, each with its file and JSON pointer, each once
assert log.contains('BUILD FAILURE')
def errorLines = log.readLines().findAll { it =~ /ERROR .*broken\.yaml.*#\// }
// each error names the file and the JSON pointer of the offending $ref
assert errorLines.any { it =~ /broken\.yaml\S* #\/components\/schemas\/Item\/properties\/owner: .*Owner/ } :
    "no diagnostic for the missing schema 'Owner':\n${log}"
assert errorLines.any { it =~ /broken\.yaml\S* #\/paths\/~1items\/get\/responses\/200\/\S*: .*Missing/ } :
    "no diagnostic for the missing schema 'Missing':\n${log}"
errorLines.each { line ->
  String diagnostic = line.substring(line.indexOf('ERROR '))
  int count = log.count(diagnostic)
  assert count == 1 : "listed ${count} times: ${diagnostic}"
}
assert log.contains('specpoet: 2 errors in ') : 'the failure does not count the errors'
assert log.contains('the previous output is unchanged')
assert !(log =~ /at dev\.specpoet\./) : 'a stack trace was printed instead of the diagnostics'

// the output of run 1 is intact
File item = new File(basedir, 'target/generated-sources/specpoet/com/example/broken/models/Item.java')
assert item.isFile() : 'the failed run removed the previous output'
assert !item.text.contains('owner') : 'the failed run changed the previous output'
return true
