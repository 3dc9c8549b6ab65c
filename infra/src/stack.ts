import { readFileSync } from 'node:fs';
import { createGateway, type Gateway } from '@sesao28/gateway';
import { createUnitServer, type PlatformConfig, type UnitModule, type UnitServer } from '@sesao28/kit';
import { supergraphFile, unitRegistry } from '@sesao28/schema';

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
  stop(): Promise<void>;
}

export interface StackOptions {
  config: PlatformConfig;
  databaseUrl: string;
  /** 'manifest' uses each unit's port (npm start); 'free' lets the OS pick (tests). */
  ports: 'manifest' | 'free';
  units?: readonly UnitModule[];
  /** Subgraph URLs to use instead of the running units' (tests point one at a misbehaving peer). */
  subgraphUrls?: Record<string, string>;
}

/**
 * The whole federation in one process, with real HTTP between the gateway and
 * nine subgraph servers: migrations run as each unit starts.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { config } = options;
  const units = new Map<string, RunningUnit>();
  const stopAll = async (gateway?: Gateway) => {
    await gateway?.stop();
    await Promise.all([...units.values()].map((u) => u.server.stop()));
  };
  try {
    // Migrations of nine schemas on one server: in sequence, to keep connection use small.
    for (const unit of options.units ?? unitRegistry) {
      const server = createUnitServer(unit, { config, databaseUrl: options.databaseUrl });
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
    supergraphSdl: readFileSync(config.supergraphFile ?? supergraphFile, 'utf8'),
    subgraphUrls: { ...Object.fromEntries([...units].map(([slug, u]) => [slug, u.url])), ...options.subgraphUrls },
  });
  try {
    const gatewayPort = options.ports === 'free' ? 0 : config.gatewayPort;
    const { url } = await gateway.listen(gatewayPort).catch((error: unknown) => {
      throw Object.assign(error as Error, { port: gatewayPort, what: 'gateway' });
    });
    return { gatewayUrl: url, units, gateway, stop: () => stopAll(gateway) };
  } catch (error) {
    await stopAll(gateway);
    throw error;
  }
}
