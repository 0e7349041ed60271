// Name, version and license from package manifests: package.json (npm), pyproject.toml (PEP 621 and
// Poetry) and setup.cfg (setuptools), read with real parsers (JSON, smol-toml, ini).
import { parse as parseIni } from 'ini';

export interface PackageFacts {
  /** File name, for "from <file>" comments. */
  file: string;
  name?: string;
  version?: string;
  /** A license id or expression as written. */
  license?: string;
  /** A license given as a file path (pyproject `license = {file = ...}`). */
  licenseFile?: string;
  /** The version is computed at build time (pyproject `dynamic = ["version"]`, setup.cfg `attr:`/`file:`). */
  versionDynamic?: boolean;
  /** package.json `workspaces`: the folder holds several packages. */
  workspaces?: boolean;
  /** Why the file could not be read, when it could not. */
  error?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function readPackageJson(file: string, text: string): PackageFacts {
  let data: Record<string, unknown> | undefined;
  try {
    data = obj(JSON.parse(text));
  } catch (e) {
    return { file, error: (e as Error).message };
  }
  if (!data) return { file, error: 'not a JSON object' };
  const license = str(data.license) ?? str(obj(data.license)?.type);
  return {
    file,
    name: str(data.name),
    version: str(data.version),
    license,
    workspaces: Array.isArray(data.workspaces) || obj(data.workspaces) !== undefined,
  };
}

/** smol-toml ships as an ES module: this CommonJS build loads it with a dynamic import. */
export async function readPyproject(file: string, text: string): Promise<PackageFacts> {
  let data: Record<string, unknown>;
  try {
    const { parse: parseToml } = await import('smol-toml');
    data = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    return { file, error: (e as Error).message.split('\n')[0] };
  }
  const project = obj(data.project);
  const poetry = obj(obj(data.tool)?.poetry);
  const out: PackageFacts = { file };
  const from = project ?? poetry;
  if (!from) return out;
  out.name = str(from.name);
  out.version = str(from.version);
  const dynamic = Array.isArray(project?.dynamic) ? project.dynamic : [];
  if (!out.version && dynamic.includes('version')) out.versionDynamic = true;
  const lic = from.license;
  if (typeof lic === 'string') out.license = str(lic);
  else if (obj(lic)) {
    const l = obj(lic)!;
    if (str(l.file)) out.licenseFile = str(l.file);
    // `{text = "MIT"}` holds an id only when it is short; a whole license text is not an id.
    else if (str(l.text) && str(l.text)!.length <= 64 && !/\n/.test(str(l.text)!)) out.license = str(l.text);
  }
  return out;
}

export function readSetupCfg(file: string, text: string): PackageFacts {
  let data: Record<string, unknown>;
  try {
    data = parseIni(text) as Record<string, unknown>;
  } catch (e) {
    return { file, error: (e as Error).message };
  }
  const meta = obj(data.metadata);
  if (!meta) return { file };
  const version = str(meta.version);
  const dynamic = version !== undefined && /^(?:attr|file):/.test(version);
  return {
    file,
    name: str(meta.name),
    version: dynamic ? undefined : version,
    versionDynamic: dynamic || undefined,
    license: str(meta.license) && str(meta.license)!.length <= 64 ? str(meta.license) : undefined,
  };
}
