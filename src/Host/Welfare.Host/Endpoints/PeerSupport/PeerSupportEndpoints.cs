namespace Welfare.Host.Endpoints.PeerSupport;

internal static class PeerSupportEndpoints
{
    public const string Tag = "PeerSupport";

    /// <summary>Routes of the PeerSupport module under <c>/api/v1/peer-support</c>; each use case adds its endpoint here.</summary>
    public static IEndpointRouteBuilder MapPeerSupportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/peer-support").WithTags(Tag);
        return app;
    }
}
