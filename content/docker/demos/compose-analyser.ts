// A small Compose checker: it parses compose files with the real `yaml` library and reports
// what `docker compose up` would do with them: the order services start in (from depends_on,
// including the wait for a health check), host ports two services both want, the DNS names each
// service can reach, and the parts of old tutorials that Compose today ignores or discourages.
import { parse } from 'yaml';

// The course's Django + Postgres app, written the way Compose wants it today.
const modern = `
name: airline
services:
  db:
    image: postgres:18
    environment:
      POSTGRES_PASSWORD: example-only-not-a-secret
    volumes:
      - pgdata:/var/lib/postgresql
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      retries: 10
    networks: [back]
  migrate:
    build: .
    command: python manage.py migrate
    depends_on:
      db:
        condition: service_healthy
    networks: [back]
  web:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy
      migrate:
        condition: service_completed_successfully
    networks: [front, back]
  proxy:
    image: caddy:2
    ports: ["80:80", "443:443"]
    depends_on: [web]
    networks: [front]
volumes:
  pgdata:
networks:
  front:
  back:
`;

// The style of many older tutorials (and the course notes): a version key, links, and two
// services that both want host port 5000.
const legacy = `
version: "3"
services:
  redis:
    image: redis
  db:
    image: postgres:9.4
  vote:
    image: voting-app
    ports: ["5000:80"]
    links: [redis]
  result:
    image: result-app
    ports: ["5000:80"]
    links: [db]
  worker:
    image: worker
    depends_on:
      db:
        condition: service_healthy
    links: [db, redis]
`;

type Condition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

interface Service {
	image?: string;
	build?: unknown;
	ports?: (string | number | { published?: string | number; target: number; host_ip?: string })[];
	depends_on?: string[] | Record<string, { condition?: Condition }>;
	healthcheck?: unknown;
	networks?: string[] | Record<string, { aliases?: string[] } | null>;
	links?: string[];
}

interface ComposeFile {
	version?: string;
	name?: string;
	services: Record<string, Service>;
}

/**
 * depends_on in either syntax, as { service: condition }. The short list means service_started.
 * Compose also orders services by their links ("db" or "db:alias"), so those count too.
 */
function dependencies(service: Service): Record<string, Condition> {
	const result: Record<string, Condition> = {};
	for (const link of service.links ?? []) result[link.split(':')[0]!] = 'service_started';
	const deps = service.depends_on ?? [];
	if (Array.isArray(deps)) {
		for (const d of deps) result[d] = 'service_started';
	} else {
		for (const [d, spec] of Object.entries(deps)) result[d] = spec?.condition ?? 'service_started';
	}
	return result;
}

/** Start order in waves: each wave's services can start together once earlier waves are ready. */
function startOrder(services: Record<string, Service>): string[][] {
	const waves: string[][] = [];
	const done = new Set<string>();
	const left = new Set(Object.keys(services));
	while (left.size > 0) {
		const ready = [...left].filter((name) =>
			Object.keys(dependencies(services[name]!)).every((d) => done.has(d)),
		);
		if (ready.length === 0) throw new Error(`dependency cycle among: ${[...left].join(', ')}`);
		waves.push(ready);
		for (const name of ready) {
			left.delete(name);
			done.add(name);
		}
	}
	return waves;
}

/** "8000:8000", "127.0.0.1:5432:5432/tcp", "80" or the long syntax → the host side, if any. */
function hostPort(spec: NonNullable<Service['ports']>[number]) {
	if (typeof spec === 'object') {
		if (spec.published === undefined) return null;
		return { ip: spec.host_ip ?? '0.0.0.0', port: String(spec.published), proto: 'tcp' };
	}
	const [mapping = '', proto = 'tcp'] = String(spec).split('/');
	const parts = mapping.split(':');
	if (parts.length === 1) return null; // container port only: Docker picks a free host port
	const port = parts.at(-2)!;
	const ip = parts.length === 3 ? parts[0]! : '0.0.0.0';
	return { ip, port, proto };
}

function networksOf(service: Service): string[] {
	const nets = service.networks;
	if (!nets) return ['default'];
	return Array.isArray(nets) ? nets : Object.keys(nets);
}

function analyse(label: string, text: string): void {
	const compose = parse(text) as ComposeFile;
	const { services } = compose;
	const names = Object.keys(services);
	const problems: string[] = [];
	console.log(`\n=== ${label}: ${names.length} services (${names.join(', ')}) ===`);

	if (compose.version !== undefined) {
		problems.push(
			`obsolete: top-level "version: ${compose.version}" is ignored by docker compose (delete it)`,
		);
	}
	for (const [name, service] of Object.entries(services)) {
		if (service.links) {
			problems.push(
				`legacy: ${name} uses links (${service.links.join(', ')}); services on a shared network already reach each other by name`,
			);
		}
		if (!service.image && !service.build)
			problems.push(`error: ${name} has neither image nor build`);
		for (const [dep, condition] of Object.entries(dependencies(service))) {
			if (!services[dep]) {
				problems.push(`error: ${name} depends on "${dep}", which is not a service here`);
			} else if (condition === 'service_healthy' && !services[dep].healthcheck) {
				problems.push(
					`error: ${name} waits for ${dep} to be healthy, but ${dep} has no healthcheck (its image may define one; if not, up fails)`,
				);
			}
		}
	}

	// Which service claims each host address:port/protocol. 0.0.0.0 overlaps every address.
	const claims: { service: string; ip: string; port: string; proto: string }[] = [];
	for (const [name, service] of Object.entries(services)) {
		for (const spec of service.ports ?? []) {
			const host = hostPort(spec);
			if (!host) continue;
			const clash = claims.find(
				(c) =>
					c.port === host.port &&
					c.proto === host.proto &&
					(c.ip === host.ip || c.ip === '0.0.0.0' || host.ip === '0.0.0.0'),
			);
			if (clash) {
				problems.push(
					`port clash: ${name} and ${clash.service} both publish host port ${host.port}/${host.proto}; the second container fails to start`,
				);
			}
			claims.push({ service: name, ...host });
		}
	}
	console.log(
		'published ports:',
		claims.map((c) => `${c.ip}:${c.port} → ${c.service}`),
	);

	try {
		const waves = startOrder(services);
		console.log('start order:');
		waves.forEach((wave, i) => {
			const waits = wave.flatMap((name) =>
				Object.entries(dependencies(services[name]!)).map(
					([dep, condition]) => `${name} waits for ${dep}: ${condition}`,
				),
			);
			console.log(`  ${i + 1}. ${wave.join(', ')}${waits.length ? `  (${waits.join('; ')})` : ''}`);
		});
	} catch (error) {
		problems.push(`error: ${(error as Error).message}`);
	}

	// The embedded DNS server answers a service's name on every network the service joins.
	console.log('service DNS names each service can resolve:');
	for (const name of names) {
		const mine = networksOf(services[name]!);
		const reachable = names.filter(
			(other) => other !== name && networksOf(services[other]!).some((n) => mine.includes(n)),
		);
		console.log(`  ${name} [${mine.join(', ')}] → ${reachable.join(', ') || '(nobody)'}`);
	}

	console.log(problems.length ? 'problems:' : 'problems: none');
	for (const problem of problems) console.log(`  - ${problem}`);
}

analyse('compose.yaml (today)', modern);
analyse('docker-compose.yml (old tutorial)', legacy);
