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
      proton: '9fbb8df5ed7b5a9dd185354425301be7894a339772f5eaa23b08f0741b4e6726',
      keepassxc: 'a56ddf5193d805a8255a82c484429877ca8da6df03a24572bd3c6f1ce5a0c09f',
    });
  });

  const PINNED: Record<string, string> = {
    'full-export.bom-crlf.from-research.txt': '3d9cbe98d3ae811d2a103dff486262750d97f3b5763f3d2d55948ba3445472a5',
    'full-export.bom-crlf-crcrlf-notes.from-research.txt': '3d9cbe98d3ae811d2a103dff486262750d97f3b5763f3d2d55948ba3445472a5',
    'full-export.lf.from-research.txt': '7d7d38478f97c88225ca5cb07c1e34c5eeb700233fbcef588d85184aec499f50',
    'full-export.utf16le-bom-crlf.from-research.txt': '94979e02abb0a8848e20ac0a9d2bb3984f3186158618995c5ce00227d14b6ed2',
    'full-export.utf16be-bom-crlf.from-research.txt': '1cb348893880760b80e5b64e61919ed22afd846d27ba370a02d34f603aa91f75',
    'proton-mock.from-research.txt': '49211e5d4b9fc2b5369c86fe54d86bc13b757aa12168c1eb6cef561ab0bacc65',
    'russian-labels.from-research.txt': 'dbe9a72dc73e510c3ecc6bf8c384423d34273081492593459b1317bee3262d55',
    'fuzz sample 0': '93dc149738299534d38d6bdf23ea00c4443db0d19c08125c53f5670cdcb936a5',
    'fuzz sample 1': 'e7ed2b2f2c0f483dd37174b36d230156ed30500d0abfa0a334969f21a5e5ab02',
    'fuzz sample 2': '1681a9792a8db4d61ffdc790301ec12c4b18983ff8c0b2bf8ea6b1327c1720ec',
    'fuzz sample 3': 'e55020c7903b0ac7073c9f7fda543c365a7d41d4896a1db599913d8d63d1ad27',
    'fuzz sample 4': 'd0dacfbcd9bbb07c6206bd3a5279d0e0047f85cc3176f15957b51f274fa01b4c',
    'fuzz sample 5': 'b70cb946c2acb069a3560ad4822fed72a1a2054b0dc16d4f4b4472266297121d',
    'fuzz sample 6': 'b5b158bf383a2a734b1f7399c82855cb526975ffdef34f905dc22996ea2a6848',
    'fuzz sample 7': '5b1b52018a79304415b9b0b66fa39a956ee55c9ed42b37367589c842f2edad56',
    'fuzz sample 8': '171b64b40d841d65590d1b03cbf6d3bc56a633d8f82bdfc2d88010c55a217d6e',
    'fuzz sample 9': 'bb1ab43f3390c1997d5506c26b67b28480a46d0a10df6954265370c1dbd3fafb',
    'fuzz sample 10': '5b634b36f81166b7f8635d93b94af68fd431b5290619e372b64e12a1d7900e16',
    'fuzz sample 11': '929cf335bca7228dd9440de2a88751cead012b77483d0ca3018ab123f95b16a8',
    'fuzz sample 12': '7b468cc9c665e866cdc9395087e88f2f2a1c127c36b64ed0f721ba9ed692faad',
    'fuzz sample 13': '5c248322445ac80d78c5a2e5d025d9b55da10a0444ab560a884c556bae6ccbe0',
    'fuzz sample 14': '8c11d034d0585d6f1c6b9456a1c284e618d33336a83aeb06230a6f4bb1d6dbbf',
    'fuzz sample 15': 'ac1671baf8686885393d335b3b9379ded81c058413ca0cb914131fb39f50fe1e',
    'fuzz sample 16': '96cb41949837ab6bee6c55bfdb4b0c8aa906963c5c949d7a1a3e3d1a92d1d6cd',
    'fuzz sample 17': '5ee4895ec08da5edae95b5afd73bbb0d41ce0fc3889c16650423ee34558b0d82',
    'fuzz sample 18': 'ea822af30f0ed0e3cfb020e2d072f5074ec4dc47bc2f13f139c7cf800800e029',
    'fuzz sample 19': 'f598431969c0cb4aa3180456386822d094d267ee59d1013a2c019d30183d4cfb',
    'fuzz sample 20': '23836d242c7370ae94fd332e0b3ce3add56462afc25be85f909d0417b94187e0',
    'fuzz sample 21': '7d50b8d7019e5f3d3bfad5c548c312dbebb1fe74f76f782237ed35cc4352609f',
    'fuzz sample 22': 'a89d3417a68afb4d44c29899a5eb43da9c0e68211a4e543e39828e8d1c9be96f',
    'fuzz sample 23': '5535a9f27aa5129f73b8f6b5f66c9f6f1bcc11a9ef6c0b180d99d98cafba1cad',
    'fuzz sample 24': 'acd604f4f8f730c98c2fb3ece3d876130d11fdc9e440fc3f106c1ff678704cc5',
    'fuzz sample 25': '23836d242c7370ae94fd332e0b3ce3add56462afc25be85f909d0417b94187e0',
    'fuzz sample 26': 'fecbce143a7947eeed7e84ed1d45dc5c937eed96dfcd4c20f4d32705c2d0b51f',
    'fuzz sample 27': '331e4fcff7d4ebd09b7ca83b621f66451a59850cb52b30f8ede651b0b80f23a0',
    'fuzz sample 28': '53fbaedb425d8f40173e64dae353e1ded6320712b0ba7fb20b37ed0197449a5c',
    'fuzz sample 29': 'd457fbb4387f4e6ec45aaf20f84b03358b98505aa420e27053326ab8c09ecf79',
    'fuzz sample 30': '2f386c9a99b52725c8d40cd4eb8d2fe5443edef8bab26aefebfa12e84b25659c',
    'fuzz sample 31': '173372af503bbf23f389b27a1f67842573e6cceb2a9801d982dd5ff3e4e1028a',
    'fuzz sample 32': '4f6099c2a4bd3d0ed4f9c42efb873b31877e44b9417e2ce7fe2df51476c700f2',
    'fuzz sample 33': '683fdb99549ebd1c096d62139f4c5960664f2b124b97dc339266972a562f5869',
    'fuzz sample 34': '4a6aea42caebbe06c4087bffbb1814908db7ad9467503b7f6f69729672e269e1',
    'fuzz sample 35': 'c7ff6b6e586ea2d3b055d64cbc404c802417ffa4d0d046ec45f92e7b5b14dae2',
    'fuzz sample 36': 'a77a2dc0860a15da3c1f4f7c65c7ce34130c74a777e21e25186c4c64ac61a2a2',
    'fuzz sample 37': 'da24d8093a4976e995baf5f272f7e897f2b7aeb46a3d827cc3cbdd0b8f528c43',
    'fuzz sample 38': '53fbaedb425d8f40173e64dae353e1ded6320712b0ba7fb20b37ed0197449a5c',
    'fuzz sample 39': '98dfbfcea19b16cceb3172306162867087cbc7d768f9cb5c4ce3e11bffe27d0b',
    'damaged, 1,000 entries': 'ccee5ed8c28f4998b581eb1c1dea2563cf391f966bfc02029bb216ae70c1501b',
  };

  it.each(others.map((input) => [input.name, input.bytes] as const))('%s: parse and all six formats', (name, bytes) => {
    expect(combinedDigest(bytes, PASSWORD_FORMAT_IDS)).toBe(PINNED[name]);
  });

  it('every input has its pin', () => {
    expect(Object.keys(PINNED).sort()).toEqual(others.map((i) => i.name).sort());
  });
});
