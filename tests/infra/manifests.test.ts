// Deployment files (infra/docker, infra/compose.yaml, infra/k8s, infra/router) checked against the
// unit registry and the settings config.ts reads. Offline: no Docker engine or cluster is needed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unitRoleNames } from '@sesao28/kit/unit-manifest';
import { unitRegistry } from '@sesao28/schema';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { staleK8sUnitFiles } from '../../infra/src/k8s-manifests.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

// ---- what config.ts reads -------------------------------------------------------------------

function configNames(): { names: Set<string>; prefixes: string[] } {
  const source = read('services/platform/src/config.ts');
  const names = new Set<string>();
  for (const pattern of [
    /\benv\.([A-Z][A-Z0-9_]*)/g,
    /\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g,
    /\b(?:intSetting|secretSetting|purposeKey)\(\s*env,\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
  ]) {
    for (const match of source.matchAll(pattern)) names.add(match[1]!);
  }
  const prefixes = [...source.matchAll(/\bprefixed\(\s*env,\s*['"]([A-Z][A-Z0-9_]*_)['"]\s*\)/g)].map((m) => m[1]!);
  return { names, prefixes };
}

const config = configNames();
const slugs = unitRegistry.map((u) => u.manifest.slug);

/** Why an environment name is not one config.ts reads (null when it is). */
function unknownSetting(name: string): string | null {
  if (config.names.has(name)) return null;
  const prefix = config.prefixes.find((p) => name.startsWith(p));
  if (!prefix) return `${name} is not read by services/platform/src/config.ts`;
  return slugs.includes(name.slice(prefix.length)) ? null : `${name}: no unit with slug ${name.slice(prefix.length)}`;
}

// ---- the files ------------------------------------------------------------------------------

type Obj = Record<string, any>;

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? yamlFiles(path.join(dir, d.name)) : /\.ya?ml$/.test(d.name) ? [path.join(dir, d.name)] : [],
  );
}

const k8sFiles = yamlFiles('infra/k8s');
const allYaml = [...k8sFiles, 'infra/compose.yaml', 'infra/router/router.yaml'];

function docsOf(file: string): Obj[] {
  return parseAllDocuments(read(file))
    .map((doc) => doc.toJS() as Obj)
    .filter(Boolean);
}

/** Objects of the base, as kustomize would collect them (following `resources`). */
function kustomizeObjects(dir: string): Obj[] {
  const kustomization = parse(read(path.join(dir, 'kustomization.yaml'))) as Obj;
  return (kustomization.resources as string[]).flatMap((resource) => {
    const full = path.join(dir, resource);
    return existsSync(path.join(root, full, 'kustomization.yaml')) ? kustomizeObjects(full) : docsOf(full);
  });
}

const base = kustomizeObjects('infra/k8s/base');
const ofKind = (kind: string) => base.filter((o) => o.kind === kind);
const named = (kind: string, name: string) => base.find((o) => o.kind === kind && o.metadata?.name === name);
const deployments = ofKind('Deployment');
const configMaps = new Map(ofKind('ConfigMap').map((c) => [c.metadata.name as string, c.data as Record<string, string>]));

const compose = parse(read('infra/compose.yaml'), { merge: true }) as Obj;
/** Compose services that run the platform's own images (not PostgreSQL). */
const ownServices = Object.entries(compose.services as Obj).filter(([, s]) => s.build);

const unitDockerfile = read('infra/docker/unit.Dockerfile');
const gatewayDockerfile = read('infra/docker/gateway.Dockerfile');

/** The k8s/compose name of a unit: its package name without the scope. */
function serviceName(slug: string): string {
  const pkg = JSON.parse(read(`services/${slug}/package.json`)) as { name: string };
  return pkg.name.replace(/^@[^/]+\//, '');
}

function containerEnvNames(container: Obj): string[] {
  const direct = ((container.env ?? []) as Obj[]).map((e) => e.name as string);
  const fromMaps = ((container.envFrom ?? []) as Obj[]).flatMap((source) => {
    // A part's own keys: the names `npm run keys` writes into its env file.
    if (source.secretRef?.name?.startsWith('sesao28-keys-')) return ['SIGNING_KEY', 'TRUSTED_KEYS', 'PSEUDONYM_KEY', 'PIN_KEY'];
    if (!source.configMapRef) throw new Error(`envFrom other than a ConfigMap in ${container.name}`);
    const data = configMaps.get(source.configMapRef.name);
    if (!data) throw new Error(`ConfigMap ${source.configMapRef.name} is not in the base`);
    return Object.keys(data);
  });
  return [...direct, ...fromMaps];
}

/** A container's environment as values (ConfigMaps resolved, secrets as `secret:<key>`). */
function containerEnv(container: Obj): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of (container.envFrom ?? []) as Obj[]) Object.assign(env, configMaps.get(source.configMapRef?.name) ?? {});
  for (const e of (container.env ?? []) as Obj[]) {
    env[e.name] = e.value ?? (e.valueFrom?.secretKeyRef ? `secret:${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}` : '?');
  }
  return env;
}

const podSpecs = () =>
  base
    .filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')
    .map((o) => [o.metadata.name as string, o.spec.template.spec as Obj] as const);

// ---- tests ----------------------------------------------------------------------------------

describe('deployment files', () => {
  it('reads the setting names from config.ts (the parser itself works)', () => {
    for (const name of ['DATABASE_URL', 'PORT', 'HOST', 'UNIT_HOST', 'INTERNAL_SECRET', 'JWT_SECRET', 'NODE_ENV', 'DB_POOL_SIZE']) {
      expect(config.names, name).toContain(name);
    }
    expect(config.prefixes.sort()).toEqual(['UNIT_DATABASE_MIGRATION_URL_', 'UNIT_DATABASE_URL_', 'UNIT_PORT_', 'UNIT_URL_']);
    expect(unknownSetting('UNIT_URL_financeAssets')).toBeNull();
    expect(unknownSetting('UNIT_URL_finance')).not.toBeNull();
    expect(unknownSetting('DATABASE_URI')).not.toBeNull();
  });

  it('parses every YAML file (compose, k8s base and overlay, router)', () => {
    expect(k8sFiles.length).toBeGreaterThan(5);
    for (const file of allYaml) {
      const docs = parseAllDocuments(read(file), { merge: true });
      for (const doc of docs) expect(doc.errors.map((e) => `${file}: ${e.message}`)).toEqual([]);
      expect(docs.length, file).toBeGreaterThan(0);
    }
    for (const object of base) {
      expect(object.apiVersion, JSON.stringify(object.metadata)).toBeTruthy();
      expect(object.kind).toBeTruthy();
    }
  });

  it('has every generated k8s unit file up to date (run `npx tsx infra/src/k8s-manifests.ts`)', () => {
    expect(staleK8sUnitFiles()).toEqual([]);
  });

  it('gives every unit of the registry a Deployment and a Service with its port in k8s', () => {
    expect(deployments.filter((d) => d.metadata.labels?.['app.kubernetes.io/component'] === 'unit')).toHaveLength(unitRegistry.length);
    for (const { manifest } of unitRegistry) {
      const name = serviceName(manifest.slug);
      const deployment = named('Deployment', name);
      expect(deployment, `Deployment ${name}`).toBeDefined();
      const [container] = deployment!.spec.template.spec.containers as Obj[];
      expect(container!.ports).toEqual([{ name: 'http', containerPort: manifest.port }]);
      expect(container!.image).toBe(`sesao28/${name}:dev`);
      const env = containerEnv(container!);
      expect(env[`UNIT_PORT_${manifest.slug}`]).toBe(String(manifest.port));
      expect(env.UNIT_HOST).toBe('0.0.0.0');
      expect(env.NODE_ENV).toBe('production');
      for (const secret of ['INTERNAL_SECRET', 'JWT_SECRET']) expect(env[secret]).toBe(`secret:sesao28-secrets/${secret}`);
      // Serving, its service role only, from a Secret of its own; the owner role only in the migrate step before it.
      expect(env.DATABASE_URL).toBe(`secret:sesao28-db-${name}/DATABASE_URL`);
      expect(env.DATABASE_MIGRATION_URL).toBeUndefined();
      expect(env.DATABASE_MIGRATIONS).toBe('separate');
      const [migrate, ...moreInit] = deployment!.spec.template.spec.initContainers as Obj[];
      expect(moreInit).toEqual([]);
      expect(migrate!.image).toBe(container!.image);
      expect(migrate!.command).toEqual(['tsx', 'src/main.ts', 'migrate']);
      const migrateEnv = containerEnv(migrate!);
      for (const secret of ['DATABASE_URL', 'DATABASE_MIGRATION_URL'])
        expect(migrateEnv[secret]).toBe(`secret:sesao28-db-${name}/${secret}`);
      expect(migrateEnv.DATABASE_MIGRATIONS).toBeUndefined();

      const service = named('Service', name);
      expect(service, `Service ${name}`).toBeDefined();
      expect(service!.spec.ports).toEqual([{ name: 'http', port: manifest.port, targetPort: 'http' }]);
      const podLabels = deployment!.spec.template.metadata.labels as Record<string, string>;
      for (const [key, value] of Object.entries(service!.spec.selector as Record<string, string>)) expect(podLabels[key]).toBe(value);
      expect(deployment!.spec.selector.matchLabels).toEqual(service!.spec.selector);
    }
  });

  it('tells every unit and the gateway in k8s where each unit is', () => {
    const gateway = named('Deployment', 'gateway')!;
    for (const deployment of deployments) {
      const env = containerEnv(deployment.spec.template.spec.containers[0]);
      for (const { manifest } of unitRegistry) {
        const name = serviceName(manifest.slug);
        expect(env[`UNIT_URL_${manifest.slug}`], deployment.metadata.name).toBe(`http://${name}:${manifest.port}/graphql`);
      }
    }
    const env = containerEnv(gateway.spec.template.spec.containers[0]);
    expect(env).toMatchObject({
      HOST: '0.0.0.0',
      PORT: '4000',
      NODE_ENV: 'production',
      JWT_SECRET: 'secret:sesao28-secrets/JWT_SECRET',
      INTERNAL_SECRET: 'secret:sesao28-secrets/INTERNAL_SECRET',
    });
    expect(named('Service', 'gateway')!.spec.ports[0]).toMatchObject({ port: 4000, targetPort: 'http' });
  });

  it('runs every unit as two replicas that a drain cannot both take, reached only by the gateway and the other units', () => {
    for (const { manifest } of unitRegistry) {
      const name = serviceName(manifest.slug);
      const deployment = named('Deployment', name)!;
      expect(deployment.spec.replicas, name).toBeGreaterThanOrEqual(2);
      const selector = deployment.spec.selector.matchLabels;
      expect(named('PodDisruptionBudget', name)?.spec, name).toEqual({ minAvailable: 1, selector: { matchLabels: selector } });
      const policy = named('NetworkPolicy', name)!.spec;
      expect(policy.podSelector.matchLabels, name).toEqual(selector);
      expect(policy.policyTypes).toEqual(['Ingress']);
      const sources = (policy.ingress as Obj[]).flatMap((rule) => rule.from as Obj[]);
      expect(sources.map((from) => from.podSelector.matchLabels['app.kubernetes.io/component']).sort()).toEqual(['gateway', 'unit']);
      expect(policy.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 'http' }]);
    }
    // Everything else is denied unless a policy lets it in; PostgreSQL admits only the platform's parts.
    expect(named('NetworkPolicy', 'default-deny-ingress')!.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const postgres = named('NetworkPolicy', 'postgres')!.spec;
    const admitted = (postgres.ingress[0].from as Obj[]).map((from) => JSON.stringify(from.podSelector.matchLabels));
    for (const part of [...deployments, ...ofKind('Job')]) {
      const labels = part.spec.template.metadata.labels as Record<string, string>;
      const needsDatabase = part.metadata.name !== 'postgres';
      const lets = admitted.some((selector) => Object.entries(JSON.parse(selector)).every(([k, v]) => labels[k] === v));
      expect(lets, part.metadata.name).toBe(needsDatabase);
    }
  });

  it('gives every unit of the registry a compose service built from the one Dockerfile, with its port', () => {
    const services = compose.services as Obj;
    for (const { manifest } of unitRegistry) {
      const name = serviceName(manifest.slug);
      const service = services[name];
      expect(service, `compose service ${name}`).toBeDefined();
      expect(service.build).toEqual({
        context: '..',
        dockerfile: 'infra/docker/unit.Dockerfile',
        args: { UNIT: manifest.slug, UNIT_PORT: String(manifest.port) },
      });
      expect(service.expose).toEqual([String(manifest.port)]);
      const env = service.environment as Record<string, string>;
      expect(env[`UNIT_PORT_${manifest.slug}`]).toBe(String(manifest.port));
      expect(env).toMatchObject({ UNIT_HOST: '0.0.0.0', NODE_ENV: 'production' });
      // Its own two roles in the compose database, passwords from the env file.
      const { POSTGRES_DB } = services.postgres.environment as Record<string, string>;
      const roles = unitRoleNames(manifest.schemaName);
      for (const [setting, role] of [
        ['DATABASE_URL', roles.app],
        ['DATABASE_MIGRATION_URL', roles.owner],
      ] as const) {
        expect(env[setting]).toMatch(
          new RegExp(`^postgres://${role}:\\$\\{${role.toUpperCase()}_PASSWORD[^}]*\\}@postgres:5432/${POSTGRES_DB}$`),
        );
      }
      expect(env.INTERNAL_SECRET).toMatch(/^\$\{INTERNAL_SECRET[:?}]/);
      expect(env.JWT_SECRET).toMatch(/^\$\{JWT_SECRET[:?}]/);
      expect(service.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        'db-roles': { condition: 'service_completed_successfully' },
      });
      expect(service.healthcheck.test.join(' ')).toContain(`127.0.0.1:${manifest.port}/readyz`);
      expect(services.gateway.depends_on[name]).toEqual({ condition: 'service_healthy' });
    }
    expect(ownServices.map(([name]) => name).sort()).toEqual([...unitRegistry.map((u) => serviceName(u.manifest.slug)), 'gateway'].sort());
    expect(services.postgres.image).toBe('postgres:17');
    expect(services.postgres.healthcheck).toBeDefined();
  });

  it('tells every unit and the gateway in compose where each unit is', () => {
    const services = compose.services as Obj;
    for (const [serviceKey, service] of ownServices) {
      const env = service.environment as Record<string, string>;
      for (const { manifest } of unitRegistry) {
        const name = serviceName(manifest.slug);
        expect(env[`UNIT_URL_${manifest.slug}`], serviceKey).toBe(`http://${name}:${manifest.port}/graphql`);
        expect(services[name]).toBeDefined();
      }
    }
    const gateway = services.gateway as Obj;
    expect(gateway.build.dockerfile).toBe('infra/docker/gateway.Dockerfile');
    expect(gateway.environment).toMatchObject({ HOST: '0.0.0.0', PORT: '4000', NODE_ENV: 'production' });
    expect(gateway.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET[:?}]/);
    expect(gateway.ports).toEqual(['4000:4000']);
    expect(gateway.healthcheck.test.join(' ')).toContain('127.0.0.1:4000/readyz');
  });

  it('uses only environment names that services/platform/src/config.ts reads', () => {
    const problems: string[] = [];
    for (const [name, service] of [...ownServices, ['db-roles', compose.services['db-roles']] as const]) {
      for (const key of Object.keys(service.environment ?? {})) {
        const problem = unknownSetting(key);
        if (problem) problems.push(`compose ${name}: ${problem}`);
      }
    }
    for (const workload of [...deployments, ...ofKind('Job')]) {
      const { containers, initContainers = [] } = workload.spec.template.spec as { containers: Obj[]; initContainers?: Obj[] };
      for (const container of [...initContainers, ...containers]) {
        for (const key of containerEnvNames(container)) {
          const problem = unknownSetting(key);
          if (problem) problems.push(`k8s ${workload.metadata.name}: ${problem}`);
        }
        // Each part reads its own keys only (the db-roles Job signs nothing).
        const keys = ((container.envFrom ?? []) as Obj[]).filter((source) => source.secretRef).map((source) => source.secretRef.name);
        const own = workload.kind === 'Job' ? [] : [`sesao28-keys-${workload.metadata.name}`];
        expect(keys, workload.metadata.name).toEqual(own);
        for (const e of (container.env ?? []) as Obj[]) {
          const ref = e.valueFrom?.secretKeyRef;
          if (!ref) continue;
          // The shared Secret under the setting's own name, or a unit's database Secret (its DATABASE_URL and DATABASE_MIGRATION_URL).
          if (ref.name === 'sesao28-secrets') expect(ref.key, e.name).toBe(e.name);
          else expect(ref.key, e.name).toMatch(/^DATABASE_(MIGRATION_)?URL$/);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('takes compose secrets from the env file, which lists every one with a placeholder', () => {
    const example = read('infra/.env.example');
    const defined = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
    const interpolated = new Set([...read('infra/compose.yaml').matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    for (const name of ['INTERNAL_SECRET', 'JWT_SECRET', 'POSTGRES_PASSWORD', 'UNIT_FINANCE_ASSETS_APP_PASSWORD'])
      expect(interpolated).toContain(name);
    for (const name of interpolated) expect(defined, `infra/.env.example defines ${name}`).toContain(name);
    // No real secret is committed: every secret value is a placeholder.
    for (const match of example.matchAll(/^(\w*(?:SECRET|PASSWORD)\w*)=(.*)$/gm)) expect(match[2], match[1]).toMatch(/^change-me/);
  });

  it('probes /readyz for readiness and /healthz for liveness on every platform container', () => {
    for (const deployment of deployments) {
      for (const container of deployment.spec.template.spec.containers as Obj[]) {
        const where = `${deployment.metadata.name}/${container.name}`;
        expect(container.readinessProbe?.httpGet?.path, where).toBe('/readyz');
        expect(container.livenessProbe?.httpGet?.path, where).toBe('/healthz');
        if (container.startupProbe) expect(container.startupProbe.httpGet?.path, where).toBe('/healthz');
        const portNames = (container.ports as Obj[]).map((p) => p.name);
        for (const probe of [container.readinessProbe, container.livenessProbe]) expect(portNames, where).toContain(probe.httpGet.port);
        expect(container.resources?.requests?.cpu, where).toBeTruthy();
        expect(container.resources?.limits?.memory, where).toBeTruthy();
      }
    }
    expect(unitDockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(gatewayDockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
  });

  it('runs every container as non-root, without privilege escalation', () => {
    expect(podSpecs().length).toBe(unitRegistry.length + 2);
    for (const [name, spec] of podSpecs()) {
      expect(spec.securityContext?.runAsNonRoot, name).toBe(true);
      expect(spec.securityContext?.runAsUser, name).toBeGreaterThan(0);
      for (const container of spec.containers as Obj[]) {
        expect(container.securityContext?.allowPrivilegeEscalation, name).toBe(false);
        expect(container.securityContext?.capabilities?.drop, name).toContain('ALL');
        expect(container.securityContext?.readOnlyRootFilesystem, name).toBe(true);
      }
    }
    // The images' user is `node` (uid 1000 in node images), which the pods name by number.
    for (const [name, spec] of podSpecs().filter(([n]) => n !== 'postgres')) expect(spec.securityContext.runAsUser, name).toBe(1000);
    const namespace = base.find((o) => o.kind === 'Namespace')!;
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it("creates each unit's two database roles before the units start, and gives a unit only its own credentials", () => {
    const services = compose.services as Obj;
    const roles = services['db-roles'] as Obj;
    const { POSTGRES_USER } = services.postgres.environment as Record<string, string>;
    // Only the role script has the superuser's URL.
    expect(roles.environment.DATABASE_URL).toMatch(new RegExp(`^postgres://${POSTGRES_USER}:\\$\\{POSTGRES_PASSWORD`));
    expect(roles.command).toEqual(['tsx', '../kit/src/db/roles-main.ts']);
    const job = named('Job', 'db-roles')!;
    const jobEnv = containerEnv(job.spec.template.spec.containers[0]);
    expect(jobEnv.DATABASE_URL).toBe('secret:sesao28-secrets/DATABASE_URL');
    expect(job.spec.template.spec.containers[0].command).toEqual(['tsx', '../kit/src/db/roles-main.ts']);
    expect(job.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    const passwords = new Set<string>();
    for (const { manifest } of unitRegistry) {
      const name = serviceName(manifest.slug);
      const env = services[name].environment as Record<string, string>;
      // The role script creates the very roles the unit connects as.
      expect(roles.environment[`UNIT_DATABASE_URL_${manifest.slug}`]).toBe(env.DATABASE_URL);
      expect(roles.environment[`UNIT_DATABASE_MIGRATION_URL_${manifest.slug}`]).toBe(env.DATABASE_MIGRATION_URL);
      expect(jobEnv[`UNIT_DATABASE_URL_${manifest.slug}`]).toBe(`secret:sesao28-db-${name}/DATABASE_URL`);
      expect(jobEnv[`UNIT_DATABASE_MIGRATION_URL_${manifest.slug}`]).toBe(`secret:sesao28-db-${name}/DATABASE_MIGRATION_URL`);
      for (const url of [env.DATABASE_URL!, env.DATABASE_MIGRATION_URL!]) {
        expect(url).not.toContain('POSTGRES_PASSWORD');
        passwords.add(/\$\{(\w+)/.exec(url)![1]!);
      }
      const pod = named('Deployment', name)!.spec.template.spec;
      const dbSecrets = (container: Obj) => Object.values(containerEnv(container)).filter((v) => v.startsWith('secret:sesao28-db-'));
      expect(dbSecrets(pod.containers[0])).toEqual([`secret:sesao28-db-${name}/DATABASE_URL`]);
      expect(dbSecrets(pod.initContainers[0])).toEqual([
        `secret:sesao28-db-${name}/DATABASE_URL`,
        `secret:sesao28-db-${name}/DATABASE_MIGRATION_URL`,
      ]);
    }
    // Two passwords of its own per unit.
    expect(passwords.size).toBe(2 * unitRegistry.length);
  });

  it('finding: k8s leaves TRUST_PROXY unset: the gateway behind the ingress keys clients by the entry the ingress appended', () => {
    const env = containerEnv(named('Deployment', 'gateway')!.spec.template.spec.containers[0]);
    expect(env.TRUST_PROXY).toBe('1');
  });

  it('scales the gateway on CPU between 2 and 6 pods', () => {
    const hpas = ofKind('HorizontalPodAutoscaler');
    expect(hpas).toHaveLength(1);
    const [hpa] = hpas;
    expect(hpa!.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' });
    expect(named('Deployment', 'gateway')).toBeDefined();
    expect([hpa!.spec.minReplicas, hpa!.spec.maxReplicas]).toEqual([2, 6]);
    expect(hpa!.spec.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: expect.any(Number) } } },
    ]);
    expect(named('Deployment', 'gateway')!.spec.template.spec.containers[0].resources.requests.cpu).toBeTruthy();
  });

  it('puts everything in namespace sesao28 with one PostgreSQL and gives production an image for every Deployment', () => {
    expect((parse(read('infra/k8s/base/kustomization.yaml')) as Obj).namespace).toBe('sesao28');
    const postgres = named('StatefulSet', 'postgres')!;
    expect(postgres.spec.template.spec.containers[0].image).toBe('postgres:17');
    expect(postgres.spec.volumeClaimTemplates).toHaveLength(1);
    expect(named('Service', 'postgres')!.spec.ports[0].port).toBe(5432);
    const overlay = parse(read('infra/k8s/overlays/production/kustomization.yaml')) as Obj;
    expect(overlay.resources).toEqual(['../../base']);
    const overlaid = new Set((overlay.images as Obj[]).map((i) => i.name as string));
    for (const deployment of deployments) {
      const image = (deployment.spec.template.spec.containers[0].image as string).split(':')[0]!;
      expect(overlaid, deployment.metadata.name).toContain(image);
    }
    for (const image of overlay.images as Obj[]) expect(image.newTag, image.name).toBeTruthy();
    expect((overlay.replicas as Obj[]).map((r) => r.name)).toContain('gateway');
  });

  it('builds pruned, non-root, multi-stage images that run the TypeScript through the pinned tsx', () => {
    const catalog = (parse(read('pnpm-workspace.yaml')) as Obj).catalog as Record<string, string>;
    const pnpmVersion = (JSON.parse(read('package.json')) as { packageManager: string }).packageManager.replace(/^pnpm@/, '');
    for (const [file, text] of [
      ['unit', unitDockerfile],
      ['gateway', gatewayDockerfile],
    ] as const) {
      const stages = text.split(/^FROM /m).slice(1);
      expect(stages.length, file).toBeGreaterThanOrEqual(2);
      expect(text, file).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
      for (const stage of stages) expect(stage, file).toMatch(/^\$\{NODE_IMAGE\}/);
      const runtime = stages.at(-1)!;
      expect(runtime, file).toMatch(/^USER node$/m);
      expect(runtime, file).toMatch(/NODE_ENV=production/);
      expect(runtime, file).toMatch(/^EXPOSE \S+$/m);
      expect(runtime, file).toMatch(/^CMD \["tsx", "src\/main\.ts"\]$/m);
      expect(runtime, file).toContain(`tsx@${catalog.tsx}`);
      expect(text, file).toMatch(/pnpm install [^\n]*--frozen-lockfile[^\n]*--prod[^\n]*--filter/);
      expect(text, file).toContain(`pnpm@${pnpmVersion}`);
      // Only the pruned output reaches the runtime image, never the build stage's whole workspace.
      expect(runtime.match(/^COPY .*$/gm), file).toEqual(['COPY --from=build /out /app']);
    }
    expect(unitDockerfile).toMatch(/^ARG UNIT$/m);
    expect(unitDockerfile).toContain(`require('./services/\${UNIT}/package.json').name`);
    expect(unitDockerfile).toMatch(/^WORKDIR \/app\/services\/\$\{UNIT\}$/m);
    expect(unitDockerfile).toMatch(/^EXPOSE \$\{UNIT_PORT\}$/m);
    expect(gatewayDockerfile).toMatch(/^EXPOSE 4000$/m);
    expect(gatewayDockerfile).toContain('schema/supergraph.graphql');
    for (const pkg of ['services/financeAssets', 'gateway']) {
      expect((JSON.parse(read(`${pkg}/package.json`)) as Obj).scripts.start).toBe('tsx src/main.ts');
    }
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['node_modules', '**/node_modules', '.data', '.test-results', 'dist', '.git', '**/.env'])
      expect(ignored).toContain(entry);
  });

  it('points the Router at every subgraph of the committed supergraph and forwards the request headers', () => {
    const router = parse(read('infra/router/router.yaml')) as Obj;
    const graphs = [...read('schema/supergraph.graphql').matchAll(/@join__graph\(name: "(\w+)"/g)].map((m) => m[1]!);
    expect(graphs.sort()).toEqual([...slugs].sort());
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual(graphs);
    for (const { manifest } of unitRegistry) {
      expect(router.override_subgraph_url[manifest.slug]).toBe(
        `\${env.UNIT_URL_${manifest.slug}:-http://${serviceName(manifest.slug)}:${manifest.port}/graphql}`,
      );
    }
    const propagated = (router.headers.all.request as Obj[]).map((rule) => rule.propagate?.named);
    for (const header of ['authorization', 'idempotency-key', 'x-request-id', 'x-sesao28-gateway']) expect(propagated).toContain(header);
    expect(router.coprocessor.router.request.headers).toBe(true);
    const readme = read('infra/router/README.md');
    for (const fact of ['x-sesao28-gateway', 'coprocessor', 'SIGNING_KEY', 'sesao28:<unit code>']) expect(readme).toContain(fact);
  });
});
