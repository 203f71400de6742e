using System.Net.Http.Headers;
using System.Text;

namespace Welfare.IntegrationTests.Harness;

/// <summary>Asking for CSV the way Swagger UI and scripts do (Accept: text/csv), and reading the answer line by line.</summary>
internal static class Csv
{
    public static HttpRequestMessage Get(string uri, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return request;
    }

    /// <summary>The lines of a UTF-8 file with BOM (the BOM is required: Excel in Japan needs it).</summary>
    public static async Task<string[]> LinesAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()), "UTF-8 with BOM");
        return Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
