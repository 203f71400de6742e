namespace Welfare.Host.Endpoints.Harassment;

internal static class HarassmentEndpoints
{
    public const string Tag = "Harassment";

    /// <summary>Routes of the Harassment module under <c>/api/v1/harassment</c>; each use case adds its endpoint here.</summary>
    public static IEndpointRouteBuilder MapHarassmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/harassment").WithTags(Tag);
        return app;
    }
}
