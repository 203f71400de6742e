using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Welfare.IntegrationTests.Harness;

/// <summary>Conditional requests (docs/adr/0011): a change sent with the version it was made against, or deliberately without one.</summary>
public static class EntityTags
{
    /// <summary>
    /// Sends <paramref name="body"/> as JSON with If-Match: <paramref name="ifMatch"/>; for null, without If-Match
    /// (the harness's <see cref="CurrentVersionHandler"/> adds none).
    /// </summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Options.Set(CurrentVersionHandler.AsWritten, true);
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>Sends a request with an If-Match header exactly as written (possibly malformed).</summary>
    public static Task<HttpResponseMessage> SendJsonWithRawIfMatchAsync(this HttpClient client, HttpMethod method, string url, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Options.Set(CurrentVersionHandler.AsWritten, true);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
