String log = new File(basedir, 'build.log').text
assert log.contains('specpoet: skipping generation (specpoet.skip)') : 'no skip line in build.log'
assert !log.contains('specpoet: Generated ')
assert new File(basedir, 'target/classes/skip/pregen/Greeting.class').isFile() : 'the output directory was not a source root'
assert new File(basedir, 'target/classes/skip/Main.class').isFile()
assert !new File(basedir, 'target/specpoet').exists() : 'a skipped run wrote state'
assert new File(basedir, 'pregenerated/skip/pregen/Greeting.java').isFile() : 'a skipped run touched the output'
return true
