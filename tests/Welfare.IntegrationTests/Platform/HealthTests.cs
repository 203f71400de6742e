using System.Net;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Platform;

public sealed class HealthTests : ApiTest
{
    [Test]
    public async Task Liveness_and_readiness_answer_without_a_token_when_the_database_is_up()
    {
        Assert.That((await Anonymous().GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Anonymous().GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Readiness_fails_while_liveness_holds_when_the_database_is_unreachable()
    {
        await using var cut = new WelfareApiFactory("Host=127.0.0.1;Port=9;Username=postgres;Timeout=2");
        var client = cut.CreateClient();

        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }
}
