import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type TextMapSetter } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { IncomingHttpHeaders } from 'node:http';
import type { PlatformConfig } from './config.js';

/**
 * OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (or a test gives an
 * exporter). When on: one NodeTracerProvider per process (BatchSpanProcessor, OTLP over HTTP),
 * the W3C trace-context propagator and the async-local context manager, registered globally;
 * Apollo Gateway's own spans (request, plan, fetch …) use it through @opentelemetry/api. When off
 * nothing is registered and the SDK is not even loaded (only the small API is), and the HTTP
 * middleware and the gateway's subgraph calls skip tracing.
 */
export interface Telemetry {
  provider: NodeTracerProvider;
  /** Exports what is buffered (tests read spans after this). */
  flush(): Promise<void>;
  /** Flushes, then unregisters everything; tracing is off again. */
  shutdown(): Promise<void>;
}

export interface TelemetryOptions {
  /** service.name of this process, e.g. `sesao28-gateway`. */
  serviceName: string;
  /** OTLP/HTTP base URL; spans go to <endpoint>/v1/traces. */
  endpoint?: string;
  /** Instead of OTLP (tests: InMemorySpanExporter). */
  exporter?: SpanExporter;
}

const TRACER_NAME = '@sesao28/platform';
let active: Telemetry | null = null;

/** True once tracing is set up in this process. */
export function tracingEnabled(): boolean {
  return active !== null;
}

/** The service name a process part reports: `<OTEL_SERVICE_NAME>-<part>`. */
export function telemetryServiceName(config: Pick<PlatformConfig, 'otelServiceName'>, part: string): string {
  return `${config.otelServiceName}-${part}`;
}

/** Sets up tracing once per process; later calls return the first set-up. */
export async function setupTelemetry(options: TelemetryOptions): Promise<Telemetry> {
  if (active) return active;
  const [{ OTLPTraceExporter }, { Resource }, { BatchSpanProcessor }, { NodeTracerProvider }, { ATTR_SERVICE_NAME }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/semantic-conventions'),
  ]);
  if (active) return active;
  const exporter = options.exporter ?? new OTLPTraceExporter({ url: `${options.endpoint ?? 'http://localhost:4318'}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: new Resource({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // Default propagators: W3C trace context (traceparent/tracestate) and baggage.
  provider.register();
  const telemetry: Telemetry = {
    provider,
    flush: () => provider.forceFlush(),
    async shutdown() {
      if (active === telemetry) active = null;
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
  active = telemetry;
  return telemetry;
}

/** Entry points: tracing from the settings, or null when OTEL_EXPORTER_OTLP_ENDPOINT is unset. */
export async function setupTelemetryFromConfig(
  config: Pick<PlatformConfig, 'otelEndpoint' | 'otelServiceName'>,
  part: string,
): Promise<Telemetry | null> {
  if (!config.otelEndpoint) return null;
  return setupTelemetry({ serviceName: telemetryServiceName(config, part), endpoint: config.otelEndpoint });
}

const headerSetter: TextMapSetter<Headers> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

/** Puts the active trace context (traceparent, tracestate) on an outgoing request's headers. */
export function injectTraceContext(headers: Headers | undefined): void {
  if (!active || !headers) return;
  propagation.inject(context.active(), headers, headerSetter);
}

/**
 * A server span for one incoming request, child of the caller's trace context when the request
 * carries one. Returns the span and the context to run the request in.
 */
export function startServerSpan(
  component: string,
  method: string,
  route: string,
  headers: IncomingHttpHeaders,
  requestId: string,
): { span: Span; context: ReturnType<typeof context.active> } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = trace.getTracer(TRACER_NAME).startSpan(
    `${method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': method, 'http.route': route, 'sesao28.component': component, 'sesao28.request_id': requestId },
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Ends a server span with the answer's status. */
export function endServerSpan(span: Span, status: number): void {
  span.setAttribute('http.response.status_code', status);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
