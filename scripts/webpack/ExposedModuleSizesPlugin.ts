import { gzipSync } from 'zlib';
import { Compilation, sources } from 'webpack';
import type { Compiler } from 'webpack';

export type ModuleSize = { files: string[]; rawKB: number; gzipKB: number };
export type ExposedModuleSizes = {
  entry: ModuleSize;
  exposed: Record<string, ModuleSize>;
  contents: Record<string, string[]>;
};

export const SIZES_FILE = 'exposed-module-sizes.json';

type Group = Compilation['chunkGroups'][number];

/**
 * For `npm run bench` (issue 10 part 1): the JS a console fetches to use each exposed module —
 * the plugin entry, the chunks of that module's chunk group and the shared modules they consume
 * (PatternFly's dynamic modules, fetched from us when no other plugin provides them first), not
 * the chunks it loads later with `import()` (modals). Written to
 * dist/exposed-module-sizes.json when VDP_BUILD_STATS is set.
 */
export class ExposedModuleSizesPlugin {
  apply(compiler: Compiler) {
    compiler.hooks.thisCompilation.tap('ExposedModuleSizesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ExposedModuleSizesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const size = (files: string[]): ModuleSize => {
            const js = [...new Set(files)].filter((f) => f.endsWith('.js')).sort();
            let raw = 0;
            let gzip = 0;
            for (const file of js) {
              const buffer = compilation.getAsset(file)?.source.buffer() ?? Buffer.alloc(0);
              raw += buffer.length;
              gzip += gzipSync(buffer, { level: 9 }).length;
            }
            return { files: js, rawKB: raw / 1024, gzipKB: gzip / 1024 };
          };
          const entryFiles = [...compilation.entrypoints.values()].flatMap((e) =>
            e.chunks.flatMap((c) => [...c.files]),
          );
          const entry = size(entryFiles);
          const { chunkGraph } = compilation;
          const filesOf = (group: Group, seen: Set<Group>): string[] => {
            if (seen.has(group)) {
              return [];
            }
            seen.add(group);
            return group.chunks.flatMap((chunk) => [
              ...chunk.files,
              ...[...chunkGraph.getChunkModulesIterable(chunk)]
                .filter((m) => m.constructor.name === 'ConsumeSharedModule')
                .flatMap((m) => m.blocks)
                .flatMap((block) => {
                  const fallback = chunkGraph.getBlockChunkGroup(block);
                  return fallback ? filesOf(fallback, seen) : [];
                }),
            ]);
          };
          const exposed: Record<string, ModuleSize> = {};
          for (const group of compilation.chunkGroups) {
            for (const origin of group.origins) {
              const loc = origin.loc as { name?: string } | undefined;
              if (origin.module?.constructor.name !== 'ContainerEntryModule' || !loc?.name) {
                continue;
              }
              const own = filesOf(group, new Set());
              exposed[loc.name.replace(/^\.\//, '')] = size([...entryFiles, ...own]);
            }
          }
          // What each JS file holds (largest modules first), to see where the weight comes from.
          const contents: Record<string, string[]> = {};
          for (const chunk of compilation.chunks) {
            const modules = [...chunkGraph.getChunkModulesIterable(chunk)]
              .sort((a, b) => b.size() - a.size())
              .slice(0, 4)
              .map((m) => `${m.readableIdentifier(compilation.requestShortener)} (${m.size()})`);
            for (const file of chunk.files) {
              contents[file] = modules;
            }
          }
          const report: ExposedModuleSizes = { entry, exposed, contents };
          compilation.emitAsset(SIZES_FILE, new sources.RawSource(JSON.stringify(report, null, 2)));
        },
      );
    });
  }
}
