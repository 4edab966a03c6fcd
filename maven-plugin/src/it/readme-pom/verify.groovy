// README.md says: `mvn compile` writes the client to target/generated-sources/specpoet/ and compiles it
// with the project's own code.
File generated = new File(basedir, 'target/generated-sources/specpoet/com/example/petstore')
assert new File(generated, 'PetStoreClient.java').isFile() : "no PetStoreClient in ${generated}"
assert new File(generated, 'models/Pet.java').isFile()
assert new File(basedir, 'target/classes/com/example/petstore/PetStoreClient.class').isFile() : 'generated sources were not compiled'
assert new File(basedir, 'target/classes/com/example/app/PetStoreApp.class').isFile() : 'the application code did not compile'
String log = new File(basedir, 'build.log').text
assert log.contains('specpoet: Generated ') : 'no generation summary in build.log'
return true
