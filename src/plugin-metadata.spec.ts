/**
 * Contract test for the plugin's wiring: what the console reads from package.json,
 * console-extensions.json and locales/ must agree, because JSON has no compiler.
 */
import Ajv from 'ajv';
import fs from 'fs';
import path from 'path';
import extensionsSchema from '@openshift-console/dynamic-plugin-sdk-webpack/schema/console-extensions.json';
import pkg from '../package.json';

const NS = 'plugin__vm-data-protection-plugin';
const root = path.resolve(__dirname, '..');
type Extension = {
  type: string;
  properties: Record<string, unknown>;
  flags?: { required?: string[]; disallowed?: string[] };
};
const extensions = JSON.parse(
  fs.readFileSync(path.join(root, 'console-extensions.json'), 'utf8'),
) as Extension[];
const locale = JSON.parse(
  fs.readFileSync(path.join(root, 'locales', 'en', `${NS}.json`), 'utf8'),
) as Record<string, string>;
const exposed: Record<string, string> = pkg.consolePlugin.exposedModules;

/** Every {$codeRef} anywhere inside a value. */
const codeRefs = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(codeRefs);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$codeRef === 'string') return [record.$codeRef];
    return Object.values(record).flatMap(codeRefs);
  }
  return [];
};

const resolveModule = (modulePath: string): string | undefined =>
  ['.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ext) => path.join(root, 'src', `${modulePath}${ext}`))
    .find((file) => fs.existsSync(file));

describe('plugin metadata', () => {
  it('names the plugin consistently', () => {
    expect(pkg.name).toBe('vm-data-protection-plugin');
    expect(pkg.consolePlugin.name).toBe(pkg.name);
    expect(pkg.consolePlugin.dependencies['@console/pluginAPI']).toBe('>=4.22.0-0');
  });

  it('declares only extension types the SDK defines, in the SDK’s shape', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile({
      ...extensionsSchema,
      $ref: '#/definitions/SupportedExtension',
      type: undefined,
      items: undefined,
    });
    const failures = extensions
      .map((extension, index) => ({ index, type: extension.type, ok: validate(extension) }))
      .filter((result) => !result.ok);
    expect(failures).toEqual([]);
  });

  it('puts flags beside properties, never inside', () => {
    for (const extension of extensions) {
      expect(Object.keys(extension).sort()).toEqual(
        extension.flags ? ['flags', 'properties', 'type'] : ['properties', 'type'],
      );
      expect(extension.properties).not.toHaveProperty('flags');
      const flagKeys = Object.keys(extension.flags ?? {});
      expect(flagKeys.every((k) => k === 'required' || k === 'disallowed')).toBe(true);
    }
  });

  it('has every $codeRef point at an exposed module that exists and exports that name', async () => {
    const refs = [...new Set(extensions.flatMap((e) => codeRefs(e.properties)))];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const [moduleName, exportName = 'default'] = ref.split('.');
      expect({ ref, exposed: moduleName in exposed }).toEqual({ ref, exposed: true });
      const file = resolveModule(exposed[moduleName]);
      expect({ ref, file: !!file }).toEqual({ ref, file: true });
      const mod = (await import(file as string)) as Record<string, unknown>;
      expect({ ref, type: typeof mod[exportName] }).toEqual({ ref, type: 'function' });
    }
  });

  it('exposes no module that no extension uses', () => {
    const used = new Set(
      extensions.flatMap((e) => codeRefs(e.properties)).map((r) => r.split('.')[0]),
    );
    expect(Object.keys(exposed).filter((name) => !used.has(name))).toEqual([]);
  });

  it('has every translated extension label in locales/', () => {
    const labels = [...JSON.stringify(extensions).matchAll(new RegExp(`%${NS}~([^%]+)%`, 'g'))].map(
      (m) => m[1],
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => !(label in locale))).toEqual([]);
  });

  it('gates snapshots on the snapshot API and backups on Velero; yields the VM tab to kubevirt-plugin', () => {
    const flags = extensions
      .filter((e) => e.type === 'console.flag/model')
      .map((e) => e.properties);
    expect(flags).toEqual([
      {
        flag: 'VDP_VM_SNAPSHOT',
        model: {
          group: 'snapshot.kubevirt.io',
          version: 'v1beta1',
          kind: 'VirtualMachineSnapshot',
        },
      },
      { flag: 'VDP_VELERO', model: { group: 'velero.io', version: 'v1', kind: 'Backup' } },
      {
        flag: 'VDP_OADP',
        model: {
          group: 'oadp.openshift.io',
          version: 'v1alpha1',
          kind: 'DataProtectionApplication',
        },
      },
      {
        flag: 'VDP_NON_ADMIN',
        model: { group: 'oadp.openshift.io', version: 'v1alpha1', kind: 'NonAdminBackup' },
      },
    ]);
    const tabs = extensions.filter((e) => e.type === 'console.tab/horizontalNav');
    expect(tabs.map((t) => [t.properties.page, t.flags])).toEqual([
      [
        { name: `%${NS}~Snapshots%`, href: 'snapshots' },
        {
          required: ['VDP_VM_SNAPSHOT', 'VDP_WITHOUT_KUBEVIRT_PLUGIN'],
          disallowed: ['KUBEVIRT_DYNAMIC'],
        },
      ],
      [
        { name: `%${NS}~Data protection%`, href: 'data-protection' },
        { required: ['VDP_VM_SNAPSHOT', 'KUBEVIRT_DYNAMIC'] },
      ],
      // kubevirt-plugin has no Backups tab: ours shows in both modes.
      [{ name: `%${NS}~Backups%`, href: 'backups' }, { required: ['VDP_VELERO'] }],
    ]);
    for (const extension of extensions.filter((e) => !e.type.startsWith('console.flag'))) {
      const text = JSON.stringify(extension.properties);
      const backups =
        text.includes('velero.io') ||
        text.includes('Backup') ||
        text.includes('"/data-protection/') ||
        extension.type.startsWith('console.navigation/');
      expect(extension.flags?.required).toContain(backups ? 'VDP_VELERO' : 'VDP_VM_SNAPSHOT');
    }
  });

  it('shows nothing that kubevirt-plugin replaces while its flag is pending', () => {
    // The SDK counts a pending flag in `disallowed` as off, so each of these also requires the
    // flag our handler sets from the console's plugin list before anything renders.
    expect(extensions.filter((e) => e.type === 'console.flag').map((e) => e.properties)).toEqual([
      { handler: { $codeRef: 'kubevirtPluginFlags.setKubevirtPluginFlags' } },
    ]);
    const yielding = extensions.filter((e) => e.flags?.disallowed?.includes('KUBEVIRT_DYNAMIC'));
    expect(yielding.length).toBeGreaterThanOrEqual(3);
    for (const extension of yielding)
      expect(extension.flags?.required).toContain('VDP_WITHOUT_KUBEVIRT_PLUGIN');
  });

  it("puts the Backups navigation in kubevirt-plugin's section beside it, else in ours", () => {
    const nav = extensions.filter((e) => e.type.startsWith('console.navigation/'));
    const ours = {
      required: ['VDP_VELERO', 'VDP_WITHOUT_KUBEVIRT_PLUGIN'],
      disallowed: ['KUBEVIRT_DYNAMIC'],
    };
    const theirs = { required: ['VDP_VELERO', 'KUBEVIRT_DYNAMIC'] };
    expect(
      nav.map((e) => [
        e.properties.id,
        e.properties.perspective,
        e.properties.section,
        e.properties.insertAfter,
        e.flags,
      ]),
    ).toEqual([
      ['vdp-data-protection', 'admin', undefined, undefined, ours],
      ['vdp-overview', 'admin', 'vdp-data-protection', undefined, ours],
      [
        'vdp-overview-virtualization',
        'virtualization-perspective',
        'virtualization',
        undefined,
        theirs,
      ],
      ['vdp-backups', 'admin', 'vdp-data-protection', undefined, ours],
      [
        'vdp-backups-virtualization',
        'virtualization-perspective',
        'virtualization',
        undefined,
        theirs,
      ],
      ['vdp-schedules', 'admin', 'vdp-data-protection', 'vdp-backups', ours],
      ['vdp-restores', 'admin', 'vdp-data-protection', 'vdp-schedules', ours],
      [
        'vdp-schedules-virtualization',
        'virtualization-perspective',
        'virtualization',
        'vdp-backups-virtualization',
        theirs,
      ],
      [
        'vdp-restores-virtualization',
        'virtualization-perspective',
        'virtualization',
        'vdp-schedules-virtualization',
        theirs,
      ],
    ]);
    // The overview is the first of our items, in both sections (issue 14).
    expect(
      nav
        .filter((e) => e.properties.insertBefore)
        .map((e) => [e.properties.id, e.properties.insertBefore, e.properties.href]),
    ).toEqual([
      ['vdp-overview', 'vdp-backups', '/data-protection'],
      ['vdp-overview-virtualization', 'vdp-backups-virtualization', '/data-protection'],
    ]);
  });
});
