// Two weeks of traffic to a shop, in 5-minute steps, with a daily rhythm and a holiday sale on
// day 10 that brings five times the usual traffic. Four ways to provision servers face the same
// curve: a fixed fleet sized for an ordinary day, a fixed fleet sized for the peak, an
// autoscaler, and the autoscaler plus a scheduled scale-up before the sale starts.
import { max, range, sum } from 'd3';
import { choice, lineChart, slider } from 'demo-kit/charts';

const SEED = 7;
const STEP_MIN = 5; // minutes per simulation step
const DAYS = 14;
const CAPACITY = 100; // requests per second one instance can serve
const TARGET = 0.6; // the autoscaler aims for 60% utilisation, leaving room for bursts
const TOLERANCE = 0.1; // ignore changes within 10% of the target (avoids flapping)
const WARM_UP_MIN = 10; // a new instance boots and warms up for this long before serving
const SCALE_IN_WINDOW_MIN = 30; // scale in only to the highest wish of the last 30 minutes
const [MIN_INSTANCES, MAX_INSTANCES] = [2, 40];
const SALE = { day: 10, startHour: 8, hours: 12, multiplier: 5 };

function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Requests per second at each step: quiet at night, busy in the evening, and the sale. */
function trafficCurve(): number[] {
	const random = prng(SEED);
	const steps = (DAYS * 24 * 60) / STEP_MIN;
	return range(steps).map((step) => {
		const hour = ((step * STEP_MIN) / 60) % 24;
		const day = Math.floor((step * STEP_MIN) / 60 / 24);
		const daily = 0.55 - 0.45 * Math.cos(((hour - 3) / 24) * 2 * Math.PI); // low at 03:00
		let rps = 40 + 260 * daily * (0.95 + 0.1 * random());
		const intoSale = day === SALE.day ? hour - SALE.startHour : -1;
		if (intoSale >= 0 && intoSale < SALE.hours) {
			const ramp = Math.min(1, intoSale / 0.5); // the crowd arrives within half an hour
			rps *= 1 + (SALE.multiplier - 1) * ramp;
		}
		return Math.round(rps);
	});
}

interface Plan {
	strategy: string;
	instances: number[]; // instances running (and billed) at each step
	ready: number[]; // instances actually serving at each step
}

function fixed(strategy: string, count: number, steps: number): Plan {
	return { strategy, instances: Array(steps).fill(count), ready: Array(steps).fill(count) };
}

/**
 * Target tracking, the rule Kubernetes' HorizontalPodAutoscaler uses:
 * desired = ceil(current × currentUtilisation / targetUtilisation).
 * `scheduledMin` raises the minimum at given steps (a scheduled action before a known event).
 */
function autoscale(
	strategy: string,
	traffic: number[],
	warmUpMin: number,
	scheduledMin: (step: number) => number = () => MIN_INSTANCES,
): Plan {
	const warmUpSteps = Math.ceil(warmUpMin / STEP_MIN);
	const windowSteps = SCALE_IN_WINDOW_MIN / STEP_MIN;
	const plan: Plan = { strategy, instances: [], ready: [] };
	const bootedAt: number[] = Array(4).fill(-Infinity); // the initial fleet is already warm
	const wishes: number[] = [];
	traffic.forEach((rps, step) => {
		const ready = bootedAt.filter((at) => step - at >= warmUpSteps).length;
		plan.instances.push(bootedAt.length);
		plan.ready.push(ready);
		// At the end of the step the autoscaler reads the utilisation it just saw.
		const utilisation = rps / (Math.max(ready, 1) * CAPACITY);
		const ratio = utilisation / TARGET;
		let wish = Math.abs(ratio - 1) <= TOLERANCE ? bootedAt.length : Math.ceil(ready * ratio);
		wish = Math.min(MAX_INSTANCES, Math.max(MIN_INSTANCES, scheduledMin(step + 1), wish));
		wishes.push(wish);
		const recent = Math.max(...wishes.slice(-windowSteps)); // scale in slowly
		const desired = wish > bootedAt.length ? wish : Math.min(bootedAt.length, recent);
		while (bootedAt.length < desired) bootedAt.push(step + 1);
		while (bootedAt.length > desired) bootedAt.pop(); // the newest go first
	});
	return plan;
}

interface Score {
	strategy: string;
	'instance-hours': number;
	'peak instances': number;
	'dropped %': number;
	'worst step dropped %': number;
}

function score(plan: Plan, traffic: number[]): Score {
	let [asked, dropped, worst] = [0, 0, 0];
	traffic.forEach((rps, step) => {
		const lost = Math.max(0, rps - plan.ready[step]! * CAPACITY);
		asked += rps;
		dropped += lost;
		worst = Math.max(worst, lost / rps);
	});
	return {
		strategy: plan.strategy,
		'instance-hours': Math.round(sum(plan.instances) * (STEP_MIN / 60)),
		'peak instances': max(plan.instances)!,
		'dropped %': Number(((100 * dropped) / asked).toFixed(2)),
		'worst step dropped %': Math.round(100 * worst),
	};
}

export const traffic = trafficCurve();
const stepsPerDay = (24 * 60) / STEP_MIN;
const ordinaryPeak = max(traffic.slice(0, SALE.day * stepsPerDay))!;
const salePeak = max(traffic)!;
const saleStart = SALE.day * stepsPerDay + (SALE.startHour * 60) / STEP_MIN;

export function plans(warmUpMin = WARM_UP_MIN): Plan[] {
	const n = traffic.length;
	return [
		fixed('fixed for a normal day', Math.ceil(ordinaryPeak / (CAPACITY * TARGET)), n),
		fixed('fixed for the sale', Math.ceil(salePeak / (CAPACITY * TARGET)), n),
		autoscale('autoscaling', traffic, warmUpMin),
		// A scheduled action one hour before the sale: at least 20 instances until it ends.
		autoscale('autoscaling + scheduled', traffic, warmUpMin, (step) =>
			step >= saleStart - 12 && step < saleStart + (SALE.hours * 60) / STEP_MIN
				? 20
				: MIN_INSTANCES,
		),
	];
}

export const scores = plans().map((plan) => score(plan, traffic));
console.log(
	`Traffic: ordinary daily peak ${ordinaryPeak} req/s; the sale on day ${SALE.day} peaks at ${salePeak} req/s. One instance serves ${CAPACITY} req/s; target ${TARGET * 100}% utilisation; warm-up ${WARM_UP_MIN} min.`,
);
console.table(scores);

// ---- On the page (drawn by demo-kit/charts): demand against serving capacity, days 8 to 12 ----
const strategies = plans().map((p) => p.strategy);
const strategy = choice('Strategy', strategies, draw, 2); // starts on autoscaling
const warmUp = slider(
	'Warm-up',
	{ min: 0, max: 30, step: 5, value: WARM_UP_MIN, unit: 'min' },
	draw,
);
const [from, to] = [8 * stepsPerDay, 12 * stepsPerDay]; // the whole fortnight would squash the spike
const chart = lineChart({
	title: '',
	series: [],
	markers: [{ at: saleStart, label: 'sale starts' }],
	x: {
		label: 'day and time',
		domain: [from, to],
		ticks: range(from, to + 1, stepsPerDay / 2),
		format: (step) => {
			const hours = (step * STEP_MIN) / 60;
			return `day ${Math.floor(hours / 24)} ${String(hours % 24).padStart(2, '0')}:00`;
		},
	},
	y: { label: 'requests per second', max: MAX_INSTANCES * CAPACITY * 0.6 },
});
draw();

function draw(): void {
	const plan = plans(warmUp.value)[strategy.index]!;
	const s = score(plan, traffic);
	const steps = range(from, to);
	chart.update({
		title: `Demand and serving capacity, days 8 to 12, for ${plan.strategy} with ${warmUp.value} minutes of warm-up`,
		series: [
			{ label: 'demand', points: steps.map((step) => [step, traffic[step]!]) },
			{
				label: 'capacity of ready instances',
				step: true,
				points: steps.map((step) => [step, plan.ready[step]! * CAPACITY]),
			},
		],
		note: `${s['instance-hours']} instance-hours · ${s['dropped %']}% dropped · peak ${s['peak instances']} instances`,
	});
	console.log(
		`${plan.strategy}, warm-up ${warmUp.value} min: ${s['instance-hours']} instance-hours, ${s['dropped %']}% of requests dropped`,
	);
}
