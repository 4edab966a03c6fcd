#!/usr/bin/env node
// Prism lint: finds the parts of an OpenAPI document that the pinned Prism cannot check.
//
// Prism compiles every schema with Ajv inside `O.tryCatch` (prism-http validator/validators/utils.js):
// a schema Ajv cannot compile, or a validation that throws, silently produces NO violation, so a
// broken schema switches Prism's request and response checks off without a word in its log. This
// script loads the document exactly as `prism mock` does (getHttpOperationsFromSpec: dereference +
// bundle) and, for every operation, with Ajv instances configured exactly as Prism configures them:
//   1. compiles the schema of every path, query, header and cookie parameter, of every request body
//      and of every response body (a failure here is a silent hole in Prism's validation);
//   2. validates every example (parameter, request body and response examples) against its schema
//      (Prism serves response examples as they are: an example that does not match its schema makes
//      the mock answer something the real API would not, and the client is tested against it);
//   3. checks that every schema the document calls nullable accepts `null` (a nullable property
//      whose `allOf` branch or `enum` refuses null would make Prism reject what the API sends).
// It prints one line per problem (operation, place, message, JSON pointers) and exits 1 when there is
// any that the optional baseline file does not list (problems already reported and not yet fixed;
// each is still printed, as KNOWN; an entry the spec no longer has is printed as FIXED).
//
// Usage: node prism-lint.js <spec.yaml> [baseline.txt]
'use strict';

const fs = require('fs');
const path = require('path');

const prismHttpDir = path.dirname(require.resolve('@stoplight/prism-http/package.json'));
const fromPrism = (name) => require(require.resolve(name, { paths: [prismHttpDir] }));
const { getHttpOperationsFromSpec } = require('@stoplight/prism-http');
const Ajv = fromPrism('ajv').default;
const addFormats = fromPrism('ajv-formats').default;
const dateTime = require(path.join(prismHttpDir, 'dist/validator/validators/dateTime'));

// Same options as prism-http's validator/validators/utils.js (5.14.2).
function ajvInstance(coerceTypes) {
  const ajv = new Ajv({
    allErrors: true,
    allowUnionTypes: true,
    allowMatchingProperties: true,
    strict: false,
    coerceTypes,
    logger: { log() {}, warn() {}, error: console.error },
  });
  addFormats(ajv);
  ajv.addFormat('date-time', dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime));
  return ajv;
}
const ajvCoerce = ajvInstance(true); // parameters
const ajvNoCoerce = ajvInstance(false); // bodies

// Where Ajv's most common OpenAPI 3.0 complaint comes from: `nullable` on a schema without `type`
// (e.g. `nullable: true` + `allOf: [$ref]`). Returns JSON pointers inside the operation's schema or
// its bundled definitions.
function nullableWithoutType(schema, bundle) {
  const found = new Set();
  const walk = (node, pointer, seen) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (!Array.isArray(node) && node.nullable === true && node.type === undefined) found.add(pointer || '/');
    for (const [k, v] of Object.entries(node)) {
      if (k === '__bundled__' || k === 'examples' || k === 'example' || k === 'x-stoplight') continue;
      walk(v, `${pointer}/${k}`, seen);
    }
  };
  walk(schema, '#', new Set());
  walk(bundle, '#/__bundled__', new Set());
  return [...found].sort();
}

// Every sub-schema that says it admits null (`nullable: true`, or `type` listing 'null' as Prism's
// OpenAPI 3.0 conversion writes it), with its JSON pointer; examples and extensions are not schemas.
function nullableSchemas(schema, prefix) {
  const found = [];
  const walk = (node, pointer, seen) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (!Array.isArray(node) &&
        (node.nullable === true || (Array.isArray(node.type) && node.type.includes('null')))) {
      found.push({ pointer, schema: node });
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === '__bundled__' || k === 'examples' || k === 'example' || k === 'default' ||
          k === 'enum' || k === 'const' || k.startsWith('x-')) continue;
      walk(v, `${pointer}/${k}`, seen);
    }
  };
  walk(schema, prefix, new Set());
  return found;
}

async function main() {
  const spec = process.argv[2];
  const baselineFile = process.argv[3];
  if (!spec) {
    console.error('usage: node prism-lint.js <spec.yaml> [baseline.txt]');
    process.exit(2);
  }
  const operations = await getHttpOperationsFromSpec(path.resolve(spec));
  const problems = [];
  let compiled = 0;
  let examples = 0;
  let nullables = 0;
  const nullChecked = new Set();

  for (const op of operations) {
    const where = `${op.method.toUpperCase()} ${op.path} (${op.iid || op.id})`;
    const bundle = op.__bundled__;

    const check = (place, schema, ajv, exampleList) => {
      if (!schema) return;
      let validate;
      try {
        validate = ajv.compile({ ...schema, __bundled__: bundle });
        compiled++;
      } catch (e) {
        const culprits = nullableWithoutType(schema, bundle);
        problems.push({
          key: `${op.iid || op.id} ${place}: cannot compile`,
          text: `${where} ${place}: Prism cannot compile this schema, so it validates nothing here: ${e.message}` +
            (culprits.length ? ` (at ${culprits.join(', ')})` : ''),
        });
        return;
      }
      const nullCheck = (pointer, sub) => {
        const key = `${op.iid || op.id} ${place} ${pointer}`;
        if (nullChecked.has(key)) return;
        nullChecked.add(key);
        nullables++;
        let ok;
        try {
          ok = ajv.compile({ ...sub, __bundled__: bundle })(null);
        } catch (e) {
          ok = false;
        }
        if (!ok) {
          problems.push({
            key: `${op.iid || op.id} ${place}: ${pointer} refuses null`,
            text: `${where} ${place}: ${pointer} is nullable but refuses null (an allOf branch or enum ` +
              'without null?); make the referenced schema nullable too',
          });
        }
      };
      for (const n of nullableSchemas(schema, '#')) nullCheck(n.pointer, n.schema);
      for (const n of nullableSchemas(bundle, '#/__bundled__')) nullCheck(n.pointer, n.schema);
      for (const ex of exampleList || []) {
        if (!ex || !('value' in ex)) continue; // externalValue: nothing to check
        examples++;
        let ok;
        try {
          ok = validate(ex.value);
        } catch (e) {
          problems.push({
            key: `${op.iid || op.id} ${place} example '${ex.key}': throws`,
            text: `${where} ${place} example '${ex.key}': validation throws (Prism would skip it): ${e.message}`,
          });
          continue;
        }
        if (!ok) {
          for (const err of validate.errors) {
            problems.push({
              key: `${op.iid || op.id} ${place} example '${ex.key}': ${err.instancePath || '/'} ${err.keyword}`,
              text: `${where} ${place} example '${ex.key}': ${err.instancePath || '/'} ${err.message}` +
                (err.params && err.params.allowedValues ? ` (${err.params.allowedValues.join(', ')})` : ''),
            });
          }
        }
      }
    };

    const req = op.request || {};
    for (const loc of ['path', 'query', 'headers', 'cookie']) {
      for (const p of req[loc] || []) {
        check(`${loc} parameter '${p.name}'`, p.schema, ajvCoerce, p.examples);
      }
    }
    for (const c of (req.body && req.body.contents) || []) {
      check(`request body ${c.mediaType}`, c.schema, ajvNoCoerce, c.examples);
    }
    for (const r of op.responses || []) {
      for (const c of r.contents || []) {
        check(`response ${r.code} ${c.mediaType}`, c.schema, ajvNoCoerce, c.examples);
      }
    }
  }

  // The baseline: problems already reported to the spec's owners, tolerated until fixed (one key per
  // line, '#' comments). A problem not in it fails the lint; a baseline entry no longer found is
  // reported so that it gets removed.
  const known = new Set();
  if (baselineFile && fs.existsSync(baselineFile)) {
    for (const line of fs.readFileSync(baselineFile, 'utf8').split('\n')) {
      const t = line.trim();
      if (t && !t.startsWith('#')) known.add(t);
    }
  }
  if (operations.length === 0 || compiled === 0) {
    problems.push({ key: 'document: nothing to check',
      text: `${spec} has ${operations.length} operations and ${compiled} compilable schemas: nothing was checked` });
  }
  const fresh = problems.filter((p) => !known.has(p.key));
  const tolerated = problems.filter((p) => known.has(p.key));
  const found = new Set(problems.map((p) => p.key));
  const stale = [...known].filter((k) => !found.has(k));

  console.log(`prism-lint: ${operations.length} operations, ${compiled} schemas compiled, ${examples} examples validated, ` +
    `${nullables} nullable schemas given null, ` +
    `${problems.length} problem(s), ${tolerated.length} of them in the baseline ${baselineFile || '(none)'}`);
  for (const p of tolerated) console.log(`prism-lint: KNOWN, still to fix in the spec: ${p.text}`);
  for (const k of stale) console.log(`prism-lint: FIXED, remove it from the baseline: ${k}`);
  for (const p of fresh) console.log(`prism-lint: ERROR: ${p.text}\nprism-lint:   baseline key: ${p.key}`);
  process.exit(fresh.length === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`prism-lint: cannot read the document: ${e.stack || e}`);
  process.exit(2);
});
