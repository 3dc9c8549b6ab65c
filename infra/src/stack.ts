import { readFileSync } from 'node:fs';
import { createGateway, type Gateway } from '@sesao28/gateway';
import { createUnitServer, peerDirectory, type Logger, type PlatformConfig, type UnitModule, type UnitServer } from '@sesao28/kit';
import { supergraphFile, unitRegistry } from '@sesao28/schema';
import { webDistDir } from '@sesao28/web/paths';

export interface RunningUnit {
  unit: UnitModule;
  server: UnitServer;
  url: string;
  port: number;
}

export interface Stack {
  gatewayUrl: string;
  units: Map<string, RunningUnit>;
  gateway: Gateway;
  /** Stops one unit's subgraph (its port stays reserved for `restartUnit`). */
  stopUnit(slug: string): Promise<void>;
  /** Starts a stopped unit again on the same port, as a fresh process would. */
  restartUnit(slug: string): Promise<RunningUnit>;
  stop(): Promise<void>;
}

export interface StackOptions {
  config: PlatformConfig;
  databaseUrl: string;
  /** 'manifest' uses each unit's port (as npm start does); 'free' lets the OS pick (tests). */
  ports: 'manifest' | 'free';
  units?: readonly UnitModule[];
  /** Subgraph URLs to use instead of the running units' (tests point one at a misbehaving peer). */
  subgraphUrls?: Record<string, string>;
  /** A supergraph file the gateway serves and watches (new valid versions go live without a restart). */
  supergraphFile?: string;
  /** Each part's logger by name (`gateway`, a unit's slug); tests read the lines. Default: from the config. */
  logger?: (name: string) => Logger;
  /** The built web app the gateway serves at `/`; default: WEB_DIR, else gateway/web/dist/app. */
  webDir?: string;
}

/**
 * The whole federation in one process, with real HTTP between the gateway and
 * nine subgraph servers: migrations run as each unit starts. (The tests' stack; `npm start` runs
 * each part as a process of its own, see supervisor.ts.)
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { config } = options;
  const units = new Map<string, RunningUnit>();
  // Units find each other among the running ones first (tests use free ports).
  const running = (code: string) => {
    const found = [...units.values()].find((u) => u.unit.manifest.code === code);
    return found?.url.replace(/\/graphql$/, '');
  };
  const peers = peerDirectory(config, running);
  const stopAll = async (gateway?: Gateway) => {
    await gateway?.stop();
    await Promise.all([...units.values()].map((u) => u.server.stop()));
  };
  try {
    // Migrations of nine schemas on one server: in sequence, to keep connection use small.
    for (const unit of options.units ?? unitRegistry) {
      const server = createUnitServer(unit, {
        config,
        databaseUrl: options.databaseUrl,
        peers,
        logger: options.logger?.(unit.manifest.slug),
      });
      const port = options.ports === 'free' ? 0 : (config.unitPorts[unit.manifest.slug] ?? unit.manifest.port);
      const listening = await server.listen(port, config.unitHost).catch(async (error: unknown) => {
        await server.stop();
        throw Object.assign(error as Error, { port, what: `${unit.manifest.slug} subgraph` });
      });
      units.set(unit.manifest.slug, { unit, server, ...listening });
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  const gateway = createGateway({
    config,
    ...(options.supergraphFile
      ? { supergraphFile: options.supergraphFile }
      : { supergraphSdl: readFileSync(config.supergraphFile ?? supergraphFile, 'utf8') }),
    subgraphUrls: { ...Object.fromEntries([...units].map(([slug, u]) => [slug, u.url])), ...options.subgraphUrls },
    logger: options.logger?.('gateway'),
    webDir: options.webDir ?? config.webDir ?? webDistDir,
  });
  try {
    const gatewayPort = options.ports === 'free' ? 0 : config.gatewayPort;
    const { url } = await gateway.listen(gatewayPort).catch((error: unknown) => {
      throw Object.assign(error as Error, { port: gatewayPort, what: 'gateway' });
    });
    const stopUnit = async (slug: string) => {
      await units.get(slug)?.server.stop();
    };
    const restartUnit = async (slug: string) => {
      const previous = units.get(slug);
      if (!previous) throw new Error(`No unit ${slug} in this stack`);
      const server = createUnitServer(previous.unit, {
        config,
        databaseUrl: options.databaseUrl,
        peers,
        logger: options.logger?.(previous.unit.manifest.slug),
      });
      const listening = await server.listen(previous.port, config.unitHost);
      const next = { unit: previous.unit, server, ...listening };
      units.set(slug, next);
      return next;
    };
    return { gatewayUrl: url, units, gateway, stopUnit, restartUnit, stop: () => stopAll(gateway) };
  } catch (error) {
    await stopAll(gateway);
    throw error;
  }
}
