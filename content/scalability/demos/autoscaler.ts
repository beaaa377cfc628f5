// Two weeks of traffic to a shop, in 5-minute steps, with a daily rhythm and a holiday sale on
// day 10 that brings five times the usual traffic. Four ways to provision servers face the same
// curve: a fixed fleet sized for an ordinary day, a fixed fleet sized for the peak, an
// autoscaler, and the autoscaler plus a scheduled scale-up before the sale starts.
import {
	axisBottom,
	axisLeft,
	curveStepAfter,
	line,
	max,
	range,
	scaleLinear,
	select,
	sum,
} from 'd3';

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

// ---- The chart: demand against serving capacity, for one strategy, with a warm-up slider ----
const output = typeof document === 'undefined' ? null : document.querySelector('#output');
if (output) {
	const stage = select(output);
	const controls = stage.append('p');
	const strategy = controls.append('label').text('Strategy ').append('select');
	for (const [i, plan] of plans().entries())
		strategy.append('option').attr('value', i).text(plan.strategy);
	strategy.property('value', '2');
	controls.append('span').text(' ');
	const warmUp = controls
		.append('label')
		.text('Warm-up (min) ')
		.append('input')
		.attr('type', 'range')
		.attr('min', 0)
		.attr('max', 30)
		.attr('step', 5)
		.attr('value', WARM_UP_MIN);
	const [width, height, left, bottom] = [640, 260, 48, 230];
	const svg = stage
		.append('svg')
		.attr('viewBox', `0 0 ${width} ${height}`)
		.attr('role', 'img')
		.attr('font-size', 12)
		.attr('fill', 'currentColor')
		.style('max-width', '100%');
	// Show days 8 to 12, around the sale: the whole fortnight would squash the spike.
	const [from, to] = [8 * stepsPerDay, 12 * stepsPerDay];
	const x = scaleLinear()
		.domain([from, to])
		.range([left, width - 10]);
	const y = scaleLinear()
		.domain([0, Math.max(salePeak, MAX_INSTANCES * CAPACITY * 0.6)])
		.nice()
		.range([bottom, 20]);

	const draw = (): void => {
		const minutes = Number(warmUp.property('value'));
		const plan = plans(minutes)[Number(strategy.property('value'))]!;
		const s = score(plan, traffic);
		svg.selectAll('*').remove();
		svg.attr(
			'aria-label',
			`Demand and serving capacity, days 8 to 12, for ${plan.strategy} with ${minutes} minutes of warm-up`,
		);
		svg
			.append('g')
			.attr('transform', `translate(0,${bottom})`)
			.call(
				axisBottom(x)
					.tickValues(range(from, to + 1, stepsPerDay / 2))
					.tickFormat((v) => {
						const hours = (Number(v) * STEP_MIN) / 60;
						return `day ${Math.floor(hours / 24)} ${String(hours % 24).padStart(2, '0')}:00`;
					}),
			);
		svg.append('g').attr('transform', `translate(${left},0)`).call(axisLeft(y).ticks(5));
		svg.append('text').attr('x', 4).attr('y', 12).text('requests per second');
		const steps = range(from, to);
		const demand = line<number>(x, (step) => y(traffic[step]!));
		const capacity = line<number>(x, (step) => y(plan.ready[step]! * CAPACITY)).curve(
			curveStepAfter,
		);
		svg
			.append('path')
			.attr('class', 'capacity')
			.attr('fill', 'none')
			.attr('stroke', '#35b6a0')
			.attr('stroke-width', 2)
			.attr('d', capacity(steps));
		svg
			.append('path')
			.attr('class', 'demand')
			.attr('fill', 'none')
			.attr('stroke', '#e0925a')
			.attr('stroke-width', 1.5)
			.attr('d', demand(steps));
		// A legend: coloured line samples, with labels in the text colour for contrast.
		for (const [i, [label, stroke]] of [
			['demand', '#e0925a'],
			['capacity of ready instances', '#35b6a0'],
		].entries()) {
			svg
				.append('line')
				.attr('x1', 60)
				.attr('x2', 80)
				.attr('y1', 26 + i * 16)
				.attr('y2', 26 + i * 16)
				.attr('stroke', stroke!)
				.attr('stroke-width', 3);
			svg
				.append('text')
				.attr('x', 86)
				.attr('y', 30 + i * 16)
				.text(label!);
		}
		svg
			.append('text')
			.attr('class', 'score')
			.attr('x', width - 12)
			.attr('y', 30)
			.attr('text-anchor', 'end')
			.text(
				`${s['instance-hours']} instance-hours · ${s['dropped %']}% dropped · peak ${s['peak instances']}`,
			);
		console.log(
			`${plan.strategy}, warm-up ${minutes} min: ${s['instance-hours']} instance-hours, ${s['dropped %']}% of requests dropped`,
		);
	};
	strategy.on('change', draw);
	warmUp.on('input', draw);
	draw();
}
