using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Welfare.IntegrationTests.Harness;

/// <summary>Conditional requests (docs/adr/0009): a change sent with the version it was made against.</summary>
public static class EntityTags
{
    /// <summary>Sends <paramref name="body"/> as JSON with If-Match: <paramref name="ifMatch"/>.</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, EntityTagHeaderValue ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(ifMatch);
        return client.SendAsync(request);
    }
}
