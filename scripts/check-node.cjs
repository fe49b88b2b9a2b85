#!/usr/bin/env node
// Stops `npm start` / `npm test` at once, with one line, on a Node that package.json's
// engines.node does not allow (npm itself only warns). Plain old syntax and no dependencies
// on purpose: it has to run on the very Node versions it refuses.
// Understands the forms engines.node uses here: "^X.Y.Z" and ">=X.Y.Z" joined by "||".
'use strict';
var path = require('path');
var range = require(path.join(__dirname, '..', 'package.json')).engines.node;
var current = process.versions.node.split('.').map(Number);

function atLeast(v, min) {
  for (var i = 0; i < 3; i++) if (v[i] !== min[i]) return v[i] > min[i];
  return true;
}
var ok = range.split('||').some(function (part) {
  var m = /^\s*(\^|>=)(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
  if (!m) throw new Error('check-node: cannot read engines.node part "' + part + '"');
  var min = [Number(m[2]), Number(m[3]), Number(m[4])];
  return atLeast(current, min) && (m[1] === '>=' || current[0] === min[0]);
});
if (!ok) {
  console.error(
    'Pacer needs Node ' +
      range +
      '; this is Node ' +
      process.versions.node +
      '. Install a supported Node (20.19+, 22.13+ or 24+) and run again.',
  );
  process.exit(1);
}
