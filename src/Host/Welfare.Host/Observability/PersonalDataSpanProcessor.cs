using System.Diagnostics;
using OpenTelemetry;

namespace Welfare.Host.Observability;

/// <summary>
/// Takes the raw URL off server spans before any exporter sees them: its path carries staff numbers and
/// record ids, its query string search terms and dates. The span keeps <c>http.route</c> (the template, for
/// instance <c>/api/v1/organisation/employees/{employeeId}</c>), the method and the status.
/// </summary>
internal sealed class PersonalDataSpanProcessor : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.path", "url.query", "url.full", "http.target", "http.url"];

    public override void OnEnd(Activity data)
    {
        if (data.Kind != ActivityKind.Server)
        {
            return;
        }

        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }
    }
}
