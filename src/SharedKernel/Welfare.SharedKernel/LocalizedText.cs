using System.Globalization;

namespace Welfare.SharedKernel;

/// <summary>
/// A message in the two languages the API speaks. Japanese is the default because the employers'
/// staff read Japanese; English serves integrators and reviewers.
/// </summary>
public sealed record LocalizedText(string Japanese, string English)
{
    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Japanese;

    public string InCurrentCulture() => In(CultureInfo.CurrentUICulture);

    public override string ToString() => English;
}
