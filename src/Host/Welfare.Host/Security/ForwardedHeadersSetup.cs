using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Welfare.Host.Security;

/// <summary>
/// Behind a TLS-terminating reverse proxy the connection comes from the proxy, so the caller's address
/// (which partitions anonymous callers' request budgets) and scheme arrive in X-Forwarded-For and
/// X-Forwarded-Proto. The host believes those headers only from the proxies configured here: from
/// anyone else they are ignored, or any caller could pick the address its budget is counted against.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Returns whether any proxy is configured (the middleware runs only then).</summary>
    public static bool AddWelfareForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").ListValues()
            .Select(p => IPAddress.TryParse(p, out var address) ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies: '{p}' is not an IP address."))
            .ToList();
        var networks = configuration.GetSection($"{Section}:KnownNetworks").ListValues()
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
                : throw new InvalidOperationException($"{Section}:KnownNetworks: '{n}' is not a network in CIDR notation (10.0.0.0/8)."))
            .ToList();
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return false;
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies, not the framework's default of loopback.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // Every hop is checked against the lists, so a chain of known proxies (load balancer, then
            // reverse proxy) is unwound, and the first address not in them is the caller.
            options.ForwardLimit = null;
        });
        return true;
    }
}
