import { describe, expect, it } from 'vitest';
import { PASSWORD_FORMAT_IDS } from '@shared/passwords';
import { combinedDigest, digestsOf, pinInputs } from './output-pin-digests';

/**
 * Pins, by SHA-256, what the reader returns and the exact bytes every writer produces (plus what is
 * kept aside and the read-back's verdict) for a fixed set of inputs. Taken from the engine before
 * its speed work, so any change to output shows up here. A deliberate change of output updates
 * these digests in the same commit, with the reason.
 */
const [generated, ...others] = pinInputs();

describe('output is pinned', () => {
  it('a generated 3,000-entry export: parse and each of the six formats', () => {
    expect(generated?.name).toBe('generated, 3,000 entries');
    expect(digestsOf(generated?.bytes ?? new Uint8Array(), PASSWORD_FORMAT_IDS)).toEqual({
      parse: '21853b87eff5f60b2ae9fbc95b3eb51d767329211a0fda156bcbee0e79cbf54f',
      bitwarden: '5ed33b9ec83d4ae489cdb28b0e3ab903beee5caa23328e3a09f5dde0ce78e8c5',
      chrome: '5939b2fedaa01bddd92548df4d9e1ba2b36830017767be484ba46905b72cac45',
      firefox: 'b6892d2d5a88f3d45f3f51cf39c37b4c0c99475b9e6b81f56d60bdf341421af6',
      '1password': 'fb47feded2e4a8070022aa0f9297f3b0cc9be426e552b0cc3b7788f467e42257',
      proton: '49cab3fec48717293f4a7ad5b0e892cd45920f3dac575a10bf5e4ef3e706b685',
      keepassxc: 'a56ddf5193d805a8255a82c484429877ca8da6df03a24572bd3c6f1ce5a0c09f',
    });
  });

  // Updated on 2026-12-01 on purpose: Proton rows gained the `type` column (design.md), and the
  // kept-aside and unreadable-lines files neutralise cells that a spreadsheet would run as formulas.
  const PINNED: Record<string, string> = {
    'full-export.bom-crlf.from-research.txt': '14f2e614950c0096c88d07327f1ca05dc9b1a7290b156193c4af6590016999b0',
    'full-export.bom-crlf-crcrlf-notes.from-research.txt': '14f2e614950c0096c88d07327f1ca05dc9b1a7290b156193c4af6590016999b0',
    'full-export.lf.from-research.txt': '21c39d34d3c5facd4efa6c58933f86c1c72bb59a27a92ac9866bcc1233898b91',
    'full-export.utf16le-bom-crlf.from-research.txt': '84c95388bab5c0defe77bc3f2820537aeac062791686aca99f69e9d5aaf10abd',
    'full-export.utf16be-bom-crlf.from-research.txt': '71803b003e9ce30cf8c41da464b18da51eed41c4348586a24f78e63b6183239b',
    'proton-mock.from-research.txt': '8ed3878b813cd82ded7ceb31e5ee5030d2796a506d86d9ce1f8fda14b8456063',
    'russian-labels.from-research.txt': '56b9da122d89b4d4acd48811a1aa18611b152af6db8498b925f7e55a935bbda4',
    'fuzz sample 0': '793597be265fd652855ed54447efc8063d82fb2033abc8d957dd009d7d93800b',
    'fuzz sample 1': '35b06db65cd6712f1c1b2cdf0df2d8b70b1c270ef8002e55f880167431a154c9',
    'fuzz sample 2': 'c3df876554f1846c0296f84508b4c659fd32bd66f5da67a6ffa5587c45246b67',
    'fuzz sample 3': '812191ed5ec8c69854c90db59bf75a13e7a6c7ee48f1299c9def7ceb211fef2e',
    'fuzz sample 4': 'e461014c9f4a3f25030452b61220a17568adc6aefd911269c3999e614694d17e',
    'fuzz sample 5': '72330822d5ce1877ca2a6c8b084e8eff1acab03b8040ccb690832a5a2f838a2b',
    'fuzz sample 6': 'ff0e5d3506a5a9412c8dd021a8d0d9692f2ef1f63f951c990c6cc357c394e2c6',
    'fuzz sample 7': '9d0d453c57164171bcaac44efcc146cc30efd3efabeb84232ab5aa8631a0fdfb',
    'fuzz sample 8': 'fffcc9fefb2e37c21b734f3c997574cfab89b14a8082b2c84167b8dc278ea0dc',
    'fuzz sample 9': '2086c027c579a8a4c72946efa5b404eade642c7ef1d23df0e4d806ed1cc10728',
    'fuzz sample 10': 'dadebc5169df7a35c2b31aba154e09f1b7da3309745f6702b003c8eb0db77253',
    'fuzz sample 11': '4f2a7ca34e24a789481f21455cbbbf9f7e41eb0d4a9685da3b8aef6a222037e8',
    'fuzz sample 12': 'c520a924a9d3fb6ee1bbb3c1bbddbcf1ae55914f2b2891371fe04b4ac49156ab',
    'fuzz sample 13': '41f52495c91ef013770b2eacaab177994fcae5d7964d09e9639aa53eab6ee5ba',
    'fuzz sample 14': '40e8db3e8f1ed5de1a3311cac67b5a436ee9ad8881819b9ed79bcfc8b8ff44e0',
    'fuzz sample 15': 'c9787ad131b412a84a18f2bd2125b955e502b5039e64cb9ecc9bcbc804188c32',
    'fuzz sample 16': '0b1ccac759b31f565efe4dbfd786bee0e001e239bf8d14be97d589a69ab93a56',
    'fuzz sample 17': '1fd2453d03c96c5b8728a63f6ee9a14072cc63e1b65355d9793176f3512ad88e',
    'fuzz sample 18': 'a5a6095ef748b0721fe584eb760079322ad6fd84dbf6e0f19dda2d2bbd426efb',
    'fuzz sample 19': '7d3a14006ecb26dab955305efadc5c39b7671bca21a6d047bc8dffd4ac05a23b',
    'fuzz sample 20': '851c69d4ac31c12c2dc42a0978816338084ad305109cc5756d7bda9f8287ea38',
    'fuzz sample 21': '0320aa5ab300aa22827fe4d8e3fe28352bd1258f374f29de4f3a75edc2cd189c',
    'fuzz sample 22': '4b73b2409df0dd372846f27e74b2d794a8af5fe101ed27d9c344158eca88a612',
    'fuzz sample 23': '7ceb50e5b9062957956ac0fd01e9e8feb7fd0d8d9265ff430d5a269260ee4cef',
    'fuzz sample 24': '17028283726007c26604103ab172a1bd0f0010270afab751bd8c7f51e35bace9',
    'fuzz sample 25': '851c69d4ac31c12c2dc42a0978816338084ad305109cc5756d7bda9f8287ea38',
    'fuzz sample 26': '54e840258f4c042d4d81567a7fa5dcfe0683a4eaded459fc6c664ead0da9a48a',
    'fuzz sample 27': 'bb3501e19996339ced9de559d2676954b1299b5219184b6c1fc0a5d5417fd63e',
    'fuzz sample 28': 'd60861d1ee063979ac55332f7c5371051f2722717ac3c5cf262be1de3d7f509f',
    'fuzz sample 29': 'ce6e5a67b3cd3c3db117834fb4fc17c3311c51c6eddf667afbc5db7153053ae2',
    'fuzz sample 30': '3e25e934dcfb44edc520c8a0f0ad42257a0ac09f639d69d16a8644fb516940db',
    'fuzz sample 31': '89c2c82651969bfc016b46a16022bec586cbb36c30507482ab76fe3232398a3f',
    'fuzz sample 32': '0f0f8b82cd49efed8a0bddbde884407f9c4fb10cead86a31251cf9202847163e',
    'fuzz sample 33': '9848d5857a74ef9637a112246f0a5c913082405a70a057925fb2c16e9697c010',
    'fuzz sample 34': 'bfda739e5d7e9d5fc73091fb4f76d0fb1bcc62e6d6ac0784bc861ea808a748fb',
    'fuzz sample 35': '97b17cc780d3306787d43c52fbb59e4a8e87bd5f3a78baa4e9349f06d45468c0',
    'fuzz sample 36': 'a4114c696d0c541b8a2db47a746a5c11caafbcdae6ccff8fdb85fbfe7d153e31',
    'fuzz sample 37': 'b04951679c6b1be06fd8ebcecc3a2d83706fbdd66d94dbbc0b8ac97fb22aad76',
    'fuzz sample 38': 'd60861d1ee063979ac55332f7c5371051f2722717ac3c5cf262be1de3d7f509f',
    'fuzz sample 39': '0c8249fd1397385fc109ee1e7a3edee7f06b6e4ebe58fac2fb2fec210df0a0a0',
    'damaged, 1,000 entries': '1f519e5282477b3760ba0dd3dcb6a47f988f0484d3f63d7a38694fa73da0dd97',
  };

  it.each(others.map((input) => [input.name, input.bytes] as const))('%s: parse and all six formats', (name, bytes) => {
    expect(combinedDigest(bytes, PASSWORD_FORMAT_IDS)).toBe(PINNED[name]);
  });

  it('every input has its pin', () => {
    expect(Object.keys(PINNED).sort()).toEqual(others.map((i) => i.name).sort());
  });
});
