// License ids as people declare them (card front matter, package manifests) turned into the form the
// manifest uses: an SPDX expression with the list's spelling ("apache-2.0" -> "Apache-2.0"), or a license id
// the Hugging Face Hub accepts that SPDX does not list ("openrail", "llama3.1", "other").
import parseSpdx from 'spdx-expression-parse';
import SPDX_IDS from 'spdx-license-ids';
import SPDX_DEPRECATED from 'spdx-license-ids/deprecated.json';
import { HF_LICENSE_IDS, canonicalSpdxCase } from '../rules/licensingRules';

const SPDX_BY_LOWER = new Map<string, string>();
for (const id of [...SPDX_DEPRECATED, ...SPDX_IDS]) SPDX_BY_LOWER.set(id.toLowerCase(), id);
const HF_ONLY = new Set(HF_LICENSE_IDS.filter((id) => !SPDX_BY_LOWER.has(id)));

export interface DeclaredLicense {
  /** What the source says, trimmed. */
  raw: string;
  /** The manifest value: a valid SPDX expression in the list's spelling, or a Hub license id; undefined when neither. */
  id: string | undefined;
  /** 'spdx' for SPDX expressions, 'hub' for Hub-only ids ("other" included). */
  kind: 'spdx' | 'hub' | undefined;
}

/** Read a declared license: an SPDX expression (any case) or a Hub license id. */
export function readDeclaredLicense(value: string): DeclaredLicense {
  const raw = value.trim();
  if (HF_ONLY.has(raw.toLowerCase())) return { raw, id: raw.toLowerCase(), kind: 'hub' };
  const canon = canonicalSpdxCase(raw);
  try {
    parseSpdx(canon);
    return { raw, id: canon, kind: 'spdx' };
  } catch {
    return { raw, id: undefined, kind: undefined };
  }
}

/** Deprecated ids that name the same license as a current one ("GPL-3.0" is "GPL-3.0-only"). */
function current(id: string): string {
  const l = id.toLowerCase();
  if (/^(?:a|l)?gpl-[\d.]+$|^gfdl-[\d.]+$/.test(l)) return `${l}-only`;
  if (/^(?:a|l)?gpl-[\d.]+\+$|^gfdl-[\d.]+\+$/.test(l)) return `${l.slice(0, -1)}-or-later`;
  return l;
}

/** Whether two license ids name the same license (case, and deprecated spellings, ignored). */
export function sameLicense(a: string, b: string): boolean {
  return current(a) === current(b);
}
