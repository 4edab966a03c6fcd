// The build passed (invoker checks that); here: what it generated, and that the tests used it.
File generated = new File(basedir, 'target/generated-sources/specpoet/com/example/petstore')
assert new File(generated, 'models/Pet.java').isFile() : "no Pet model in ${generated}"
assert new File(generated, 'models/PetStatus.java').isFile()
assert new File(generated, 'models/Shape.java').isFile()
assert new File(basedir, 'target/classes/com/example/petstore/models/Pet.class').isFile() : 'generated sources were not compiled'

String log = new File(basedir, 'build.log').text
assert log.contains('specpoet: Generated ') : 'no generation summary in build.log'
assert !log.contains('files up to date') : 'a clean build must generate'
def tests = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.txt') }
assert !tests.isEmpty() : 'the tests using the generated types did not run'
assert tests.every { it.text.contains('Failures: 0, Errors: 0') }
return true
