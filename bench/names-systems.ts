/**
 * Published romanisation systems, written apart from src/names/transliteration so that the
 * generated corpus does not simply echo the tables it tests. One rendering per system, no
 * variants: the variety comes from using several systems, as several clerks would.
 */

type System = (word: string) => string;

function table(map: Record<string, string>, initial: Record<string, string> = {}): System {
  const keys = Object.keys(map).sort((a, b) => b.length - a.length);
  return (word) => {
    const w = word.toLowerCase();
    let out = '';
    let i = 0;
    while (i < w.length) {
      const atStart = i === 0 || w[i - 1] === '-' || w[i - 1] === ' ';
      const key = keys.find((k) => w.startsWith(k, i));
      if (key === undefined) {
        out += w[i];
        i += 1;
        continue;
      }
      out += atStart && initial[key] !== undefined ? initial[key] : map[key];
      i += key.length;
    }
    return out.charAt(0).toUpperCase() + out.slice(1);
  };
}

const RU_COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ш: 'sh', ь: '', ъ: '', ы: 'y', э: 'e', ч: 'ch',
};

/** Russian by ICAO 9303 (machine-readable passports since 2013). */
export const RU_ICAO = table({ ...RU_COMMON, ё: 'e', й: 'i', х: 'kh', ц: 'ts', щ: 'shch', ъ: 'ie', ю: 'iu', я: 'ia' });
/** Russian by BGN/PCGN 1947, without the diaeresis and the middle dots. */
export const RU_BGN = table(
  { ...RU_COMMON, ё: 'e', й: 'y', х: 'kh', ц: 'ts', щ: 'shch', ю: 'yu', я: 'ya', ае: 'aye', ое: 'oye', ие: 'iye', ье: "'ye" },
  { е: 'ye', ё: 'yo' },
);
/** Russian by GOST 7.79-2000 system B. */
export const RU_GOST_B = table({ ...RU_COMMON, ё: 'yo', й: 'j', х: 'x', ц: 'cz', щ: 'shh', ю: 'yu', я: 'ya', ы: "y'", э: "e'", ь: "'" });
/** Russian as written informally (and on older Soviet passports in French style). */
export const RU_INFORMAL = table({ ...RU_COMMON, ё: 'yo', й: 'y', х: 'h', ц: 'c', щ: 'sch', ю: 'ju', я: 'ja', ж: 'j' });
/** A Russian form written down by an Azerbaijani clerk. */
export const RU_AZERBAIJANI = table({ ...RU_COMMON, г: 'q', х: 'x', ч: 'ç', ш: 'ş', ж: 'j', дж: 'c', й: 'y', ю: 'yu', я: 'ya', ц: 's', ы: 'ı', ё: 'yo', щ: 'şç' });

const HY_COMMON: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', ի: 'i', լ: 'l', կ: 'k', հ: 'h', մ: 'm', յ: 'y',
  ն: 'n', ո: 'o', պ: 'p', ս: 's', վ: 'v', տ: 't', ր: 'r', օ: 'o', ֆ: 'f', ու: 'u', ռ: 'r',
};
/** Eastern Armenian by BGN/PCGN 1981, with its apostrophes on the aspirates. */
export const HY_BGN = table(
  { ...HY_COMMON, թ: "t'", ժ: 'zh', խ: 'kh', ծ: "ts'", ձ: 'dz', ղ: 'gh', ճ: 'ch', շ: 'sh', չ: "ch'", ջ: 'j', ռ: 'rr', ց: "ts'", փ: "p'", ք: "k'", և: 'ev' },
  { ե: 'ye', ո: 'vo', և: 'yev' },
);
/** Eastern Armenian as passports write it (BGN/PCGN without apostrophes). */
export const HY_PASSPORT = table(
  { ...HY_COMMON, թ: 't', ժ: 'zh', խ: 'kh', ծ: 'ts', ձ: 'dz', ղ: 'gh', ճ: 'ch', շ: 'sh', չ: 'ch', ջ: 'j', ց: 'ts', փ: 'p', ք: 'k', և: 'ev' },
  { ե: 'ye', ո: 'vo', և: 'yev' },
);
/** Armenian by ISO 9985 (the "ow" for ու that generic tools also give). */
export const HY_ISO = table({ ...HY_COMMON, ու: 'ow', թ: "t'", ժ: 'ž', խ: 'x', ծ: 'c', ձ: 'j', ղ: 'ł', ճ: 'č', շ: 'š', չ: "č'", ջ: 'ǰ', ց: "c'", փ: "p'", ք: "k'", ռ: 'ṙ', ը: 'ə', և: 'ew' });
/** Western Armenian as the diaspora writes it (Kevorkian, Hagopian). */
export const HY_WESTERN = table(
  { ...HY_COMMON, բ: 'p', գ: 'k', դ: 't', պ: 'b', կ: 'g', տ: 'd', թ: 't', ժ: 'j', խ: 'kh', ծ: 'dz', ձ: 'ts', ղ: 'gh', ճ: 'j', շ: 'sh', չ: 'ch', ջ: 'ch', ց: 'ts', փ: 'p', ք: 'k', ու: 'ou', յան: 'ian', և: 'ev' },
  { ե: 'ye', ո: 'vo', և: 'yev' },
);

/** Georgian by the national system of 2002 (BGN/PCGN 2009). */
export const KA_NATIONAL = table({
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p',
  ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts',
  ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
});
/** Georgian by ISO 9984, apostrophes on the ejectives. */
export const KA_ISO = table({
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: "k'", ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: "p'",
  ჟ: 'ž', რ: 'r', ს: 's', ტ: "t'", უ: 'u', ფ: 'p', ქ: 'k', ღ: 'ġ', ყ: "q'", შ: 'š', ჩ: 'č', ც: 'c', ძ: 'ʒ', წ: "c'",
  ჭ: "č'", ხ: 'x', ჯ: 'ǰ', ჰ: 'h',
});

/** Azerbaijani Latin folded to plain ASCII as English-language lists write it. */
export const AZ_ASCII = table({ ə: 'a', ş: 'sh', ç: 'ch', ğ: 'gh', ı: 'i', ö: 'o', ü: 'u', x: 'kh', q: 'g', c: 'j', i̇: 'i' });
