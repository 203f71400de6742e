namespace Welfare.Host.Endpoints.Overtime;

internal static class OvertimeEndpoints
{
    public const string Tag = "Overtime";

    /// <summary>Routes of the Overtime module under <c>/api/v1/overtime</c>; each use case adds its endpoint here.</summary>
    public static IEndpointRouteBuilder MapOvertimeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/overtime").WithTags(Tag);
        return app;
    }
}
