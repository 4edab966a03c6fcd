String log = new File(basedir, 'build.log').text
String lines = log.readLines().findAll { it.contains('specpoet: ') }.join('\n')

// compared with the released spec, read out of the rooms-spec 1.0.0 jar
assert log.contains('specpoet: API changes from com.example.it:rooms-spec:1.0.0 api.yaml (API version 1) to api.yaml (API version 3):'
        + ' 2 breaking changes, 2 additions, 0 other changes (version bump: major)') : lines
assert log.contains('specpoet: next version: 2.0.0 (major release after 1.0.0); release notes written to ') : lines
assert new File(basedir, 'target/specpoet/default-next-version.txt').text.trim() == '2.0.0'

File changelog = new File(basedir, 'CHANGELOG.md')
assert changelog.isFile() : 'no CHANGELOG.md'
String text = changelog.text
assert text.startsWith('# Changelog\n\n## 2.0.0\n\nGenerated from `api.yaml (API version 3)`, compared with the spec of 1.0.0'
        + ' (`com.example.it:rooms-spec:1.0.0 api.yaml (API version 1)`): 2 breaking changes, 2 additions, 0 other changes (major release).') : text
assert text.contains('### Breaking changes') : text
assert text.contains('- Operation removed: operation DELETE /rooms/{room_id} (deleteRoom). Removed or changed: `class RoomDeleteParams`, `client.rooms().delete(RoomDeleteParams)`') : text
assert text.contains("- Property changed: property 'size' of Room (type Long -> Double).") : text
assert text.contains('### Added') : text
assert text.contains('- Operation added: operation POST /rooms/{room_id}/book (bookRoom).') : text
// run 2 replaced the entry: there is one, not two
assert text.count('## 2.0.0') == 1 : text
return true
