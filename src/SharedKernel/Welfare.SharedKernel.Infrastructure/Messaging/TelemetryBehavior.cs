using System.Diagnostics;
using FluentValidation;
using MediatR;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.SharedKernel.Infrastructure.Messaging;

/// <summary>
/// The outermost behaviour: one span per command or query, named by its type, with the module and the
/// outcome, and its duration in a histogram; an import's row counts feed the import metrics. The request
/// itself is never read: it may carry health or complaint content.
/// </summary>
internal sealed class TelemetryBehavior<TRequest, TResponse>(ModuleCatalog catalog, WelfareMetrics metrics)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).Name;

    private static readonly string Kind = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)) ? "command" : "query";

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var module = catalog.Modules.FirstOrDefault(m => m.ApplicationAssembly == typeof(TRequest).Assembly)?.Name ?? "unknown";
        using var activity = WelfareTelemetry.Mediator.StartActivity(RequestName, ActivityKind.Internal);
        activity?.SetTag(WelfareTelemetry.ModuleTag, module);
        activity?.SetTag(WelfareTelemetry.RequestKindTag, Kind);

        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var response = await next();
            outcome = "handled";
            if (response is IImportOutcome import)
            {
                metrics.ImportCompleted(module, RequestName, import.AcceptedRows, import.RejectedRows, import.DryRun, Stopwatch.GetElapsedTime(started));
            }

            return response;
        }
        catch (Exception ex) when (ex is ValidationException or BusinessRuleViolationException or ConflictException
                                       or NotFoundException or ForbiddenException or InvalidRequestException)
        {
            // A refusal is the caller's error, not the service's: the span keeps an unset status.
            outcome = "refused";
            activity?.SetTag(WelfareTelemetry.ErrorTypeTag, ex.GetType().Name);
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        catch (Exception ex)
        {
            // The type only: an exception's message may quote the data that caused it.
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag(WelfareTelemetry.ErrorTypeTag, ex.GetType().FullName);
            throw;
        }
        finally
        {
            activity?.SetTag(WelfareTelemetry.OutcomeTag, outcome);
            metrics.RequestHandled(module, RequestName, Kind, outcome, Stopwatch.GetElapsedTime(started));
        }
    }
}
