// build.log holds the three invocations one after the other.
String log = new File(basedir, 'build.log').text
String runs = log.readLines().findAll { it.contains('specpoet: ') }.join('\n')

// run 1: nothing to compare with yet
assert log.contains('specpoet: no earlier generation recorded') : runs

// run 2: the summary names the additions and the bump, and points at the full report
assert log.contains('specpoet: API changes from last generation: api.yaml (API version 1) to api.yaml (API version 2):'
        + ' 0 breaking changes, 2 additions, 0 other changes (version bump: minor)') : runs
assert log.contains('specpoet:   ADDITION operation added: operation POST /rooms/{room_id}/book (bookRoom)') : runs
assert log.contains("specpoet:   ADDITION property added: property 'capacity' of Room (optional)") : runs
assert log.contains('specpoet: full report: ') : runs

// run 3: failOnBreakingChanges stops the build with the breaking changes listed
assert log.contains('the API change breaks users of the generated code (2 breaking changes, 0 additions, 0 other changes); nothing was generated') : runs
assert log.contains('operation DELETE /rooms/{room_id} (deleteRoom): Java source- and binary-breaking, wire breaking') : log
assert log.contains("property 'size' of Room (type Long -> Double): Java source- and binary-breaking, wire breaking") : log
assert log.contains('-Dspecpoet.failOnBreakingChanges=false') : log

// the report of run 3 is on disk, in both formats
File md = new File(basedir, 'target/specpoet/default-changes.md')
File json = new File(basedir, 'target/specpoet/default-changes.json')
assert md.isFile() && json.isFile()
assert md.text.contains('## Breaking changes (2)') : md.text
assert md.text.contains('`client.rooms().delete(RoomDeleteParams)`') : md.text
def report = new groovy.json.JsonSlurper().parse(json)
assert report.bump == 'major'
assert report.breaking == true
assert report.changes*.element as Set == ['operation', 'property'] as Set

// nothing was written by run 3: the sources of run 2 (with delete and book) stay
File service = new File(basedir, 'target/generated-sources/specpoet/com/example/rooms/services/RoomsService.java')
assert service.text.contains(' delete(') : 'run 3 replaced the output although it failed'
assert service.text.contains(' book(')
return true
