using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Welfare.IntegrationTests.Observability;

/// <summary>One log call as every sink could see it: message, structured values, scopes and exception.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<string> Values, IReadOnlyList<string> Scopes, string? Exception)
{
    public IEnumerable<string> Texts() => [Category, Message, .. Values, .. Scopes, Exception ?? string.Empty];
}

/// <summary>Keeps every log line the host writes, at every level, with the scopes the JSON console would print.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLog> Logs { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static IEnumerable<string> Describe(object? state) => state switch
    {
        null => [],
        IEnumerable<KeyValuePair<string, object?>> values => values.Select(v => $"{v.Key}={Flatten(v.Value)}").Append(state.ToString() ?? string.Empty),
        _ => [state.ToString() ?? string.Empty],
    };

    private static string Flatten(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(Flatten)),
        _ => value.ToString() ?? string.Empty,
    };

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            provider._scopes.ForEachScope((scope, list) => list.AddRange(Describe(scope)), scopes);
            provider.Logs.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), [.. Describe(state)], scopes, exception?.ToString()));
        }
    }
}
