namespace Welfare.Host.Endpoints.ReturnToWork;

internal static class ReturnToWorkEndpoints
{
    public const string Tag = "ReturnToWork";

    /// <summary>Routes of the ReturnToWork module under <c>/api/v1/return-to-work</c>; each use case adds its endpoint here.</summary>
    public static IEndpointRouteBuilder MapReturnToWorkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/return-to-work").WithTags(Tag);
        return app;
    }
}
