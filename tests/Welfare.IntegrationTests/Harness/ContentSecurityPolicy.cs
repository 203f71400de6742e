namespace Welfare.IntegrationTests.Harness;

/// <summary>The response's Content-Security-Policy as directives (name → sources), for asserting what a document may load.</summary>
public static class ContentSecurityPolicy
{
    public static IReadOnlyDictionary<string, string[]> Of(HttpResponseMessage response)
    {
        Assert.That(response.Headers.TryGetValues("Content-Security-Policy", out var values), Is.True, "Content-Security-Policy is missing");
        return values!.Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
    }

    /// <summary>nosniff, and a policy that lets nothing load and nobody frame the response.</summary>
    public static void AssertLocksDown(HttpResponseMessage response)
    {
        var path = response.RequestMessage?.RequestUri?.PathAndQuery;
        Assert.That(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) ? sniff.Single() : null, Is.EqualTo("nosniff"), path);
        var policy = Of(response);
        Assert.That(policy["default-src"], Is.EqualTo(new[] { "'none'" }), path);
        Assert.That(policy["frame-ancestors"], Is.EqualTo(new[] { "'none'" }), path);
        Assert.That(policy["base-uri"], Is.EqualTo(new[] { "'none'" }), path);
        Assert.That(policy["form-action"], Is.EqualTo(new[] { "'none'" }), path);
    }
}
