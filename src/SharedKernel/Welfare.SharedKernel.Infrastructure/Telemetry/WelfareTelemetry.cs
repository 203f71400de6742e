using System.Diagnostics;

namespace Welfare.SharedKernel.Infrastructure.Telemetry;

/// <summary>
/// Names of Welfare's own trace sources, meter and attributes (docs/observability.md). Attributes carry
/// type names, module names, counts and outcomes only: never request content, never an employee's id.
/// </summary>
public static class WelfareTelemetry
{
    public const string MediatorSourceName = "Welfare.Mediator";
    public const string OutboxSourceName = "Welfare.Outbox";
    public const string MeterName = "Welfare";

    public const string ModuleTag = "welfare.module";
    public const string RequestTag = "welfare.request";
    public const string RequestKindTag = "welfare.request.kind";
    public const string OutcomeTag = "welfare.outcome";
    public const string ErrorTypeTag = "error.type";
    public const string ConsumerModuleTag = "welfare.consumer.module";
    public const string EventTypeTag = "welfare.event.type";
    public const string ImportTag = "welfare.import";
    public const string ImportOutcomeTag = "welfare.import.outcome";
    public const string DryRunTag = "welfare.import.dry_run";

    internal static readonly ActivitySource Mediator = new(MediatorSourceName);
    internal static readonly ActivitySource Outbox = new(OutboxSourceName);
}
