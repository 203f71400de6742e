namespace Welfare.Host.Endpoints.StressCheck;

internal static class StressCheckEndpoints
{
    public const string Tag = "StressCheck";

    /// <summary>Routes of the StressCheck module under <c>/api/v1/stress-check</c>; each use case adds its endpoint here.</summary>
    public static IEndpointRouteBuilder MapStressCheckEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/stress-check").WithTags(Tag);
        return app;
    }
}
