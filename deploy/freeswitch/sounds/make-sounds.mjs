#!/usr/bin/env node
// Writes the test callees' sounds into pacer/ (8 kHz, 16-bit mono PCM WAV, deterministic):
// speech-like bursts (shaped noise, which mod_amd hears as words and mod_avmd never takes for
// a beep) and a 1 kHz voicemail beep. The safe-harbor message is speech, made once with
// espeak-ng and sox (see README.md); this script does not touch it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RATE = 8000;
const dir = join(new URL('.', import.meta.url).pathname, 'pacer');

let seed = 22;
/** A small LCG: the files come out the same on every run. */
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff - 0.5;
}

/** `ms` of low-passed noise under a rise-and-fall envelope: one "word". */
function word(ms) {
  const n = Math.round((RATE * ms) / 1000);
  const out = [];
  let lp = 0;
  for (let i = 0; i < n; i++) {
    lp = 0.6 * lp + 0.4 * random();
    out.push(lp * 26000 * Math.sin((Math.PI * i) / n));
  }
  return out;
}
const silence = (ms) => new Array(Math.round((RATE * ms) / 1000)).fill(0);
const tone = (ms, hz) => Array.from({ length: Math.round((RATE * ms) / 1000) }, (_, i) => 9000 * Math.sin((2 * Math.PI * hz * i) / RATE));

function wav(name, samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(s))), i * 2));
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  writeFileSync(join(dir, name), Buffer.concat([h, data]));
}

// A person: "hello?" (0.7 s), then listens.
wav('amd-human.wav', [...silence(200), ...word(350), ...silence(80), ...word(300), ...silence(1500)]);
// A voicemail greeting: six words over about 3 s, a pause, a 1 kHz beep of 0.5 s, then recording.
const greeting = [];
for (const ms of [380, 300, 420, 350, 300, 400]) greeting.push(...word(ms), ...silence(150));
wav('amd-machine-beep.wav', [...silence(200), ...greeting, ...silence(500), ...tone(500, 1000), ...silence(300)]);
