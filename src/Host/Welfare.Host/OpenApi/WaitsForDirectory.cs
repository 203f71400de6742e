namespace Welfare.Host.OpenApi;

/// <summary>
/// Marks an operation that fixes directory data into a record: it may answer 409 request.directory-catching-up
/// with Retry-After while the module's copy of the directory catches up (docs/adr/0012).
/// </summary>
internal sealed class WaitsForDirectoryMetadata
{
    public static readonly WaitsForDirectoryMetadata Instance = new();
}

internal static class WaitsForDirectoryExtensions
{
    public static RouteHandlerBuilder WaitsForDirectory(this RouteHandlerBuilder builder) => builder.WithMetadata(WaitsForDirectoryMetadata.Instance);
}
