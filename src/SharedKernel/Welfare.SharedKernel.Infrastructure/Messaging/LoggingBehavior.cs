using System.Diagnostics;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.SharedKernel.Infrastructure.Messaging;

/// <summary>
/// Logs each request by its type name, outcome and duration. Never the request itself: it may carry
/// health or complaint content.
/// </summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            LogHandled(logger, RequestName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex) when (ex is ValidationException or BusinessRuleViolationException or ConflictException
                                       or NotFoundException or ForbiddenException)
        {
            LogRefused(logger, RequestName, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(logger, RequestName, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    // Debug: the access line and the request's span already carry every success; refusals and failures stay visible.
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused ({Reason}) in {ElapsedMs:0.0} ms")]
    private static partial void LogRefused(ILogger logger, string request, string reason, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} failed ({Exception}) in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string request, string exception, double elapsedMs);
}
