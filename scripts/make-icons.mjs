#!/usr/bin/env node
// Turns build/icon.svg into the app icons offline (`npm run icons`): build/icon.png (1024 px, the
// Linux window and AppImage/deb icon), build/icon.ico (Windows exe and NSIS) and build/icon.icns
// (macOS). The outputs are committed, so a normal build never needs these tools.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const build = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
const svg = readFileSync(join(build, 'icon.svg'));
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1024 } }).render().asPng();
writeFileSync(join(build, 'icon.png'), png);
// BICUBIC2 is png2icons' sharpest scaler; `false` keeps PNG-compressed layers in the .ico.
const ico = png2icons.createICO(png, png2icons.BICUBIC2, 0, false, true);
const icns = png2icons.createICNS(png, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('png2icons could not make the icons');
writeFileSync(join(build, 'icon.ico'), ico);
writeFileSync(join(build, 'icon.icns'), icns);
process.stdout.write(`icon.png ${png.length} B, icon.ico ${ico.length} B, icon.icns ${icns.length} B\n`);
