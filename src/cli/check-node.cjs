// Runs before `npm start` and `npm test`: one clear line, not a stack trace, on a Node too old.
// Plain CommonJS with nothing newer than ES5 in it, so that any Node can run it.
'use strict';
var required = require('../../package.json').engines.node;
var major = Number(process.versions.node.split('.')[0]);
var minor = Number(process.versions.node.split('.')[1]);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    'This bot needs Node.js 24 LTS (or 22.12 and later); this is Node ' + process.version +
      ' (package.json engines: ' + required + '). Run `. .ci/node.sh` to use Node 24 from the npm registry.\n'
  );
  process.exit(1);
}
