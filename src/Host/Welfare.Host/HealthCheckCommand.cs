namespace Welfare.Host;

/// <summary>
/// <c>Welfare.Host health-check [url]</c>: exits 0 when the URL answers 2xx, else 1. The container
/// image's HEALTHCHECK uses it because the .NET runtime image has neither curl nor wget.
/// </summary>
internal static class HealthCheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health/ready";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 0 ? args[0] : DefaultUrl;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            Console.WriteLine($"{url}: {ex.GetType().Name}");
            return 1;
        }
    }
}
