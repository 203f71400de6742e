using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.Harassment.Application.Counselors;

public sealed record ConsultationDeskEntryDto(string Place, string Hours, string? Contact, string? Note);

/// <summary>
/// Who may be consulted: a counsellor's staff number and sex, so that a complainant can ask for a counsellor of a given
/// sex, and for employees the name and department the directory gives today, so that they can find the counsellor.
/// </summary>
public sealed record ConsultableCounselorDto(string EmployeeId, DirectoryPerson? Person, CounselorSex Sex);

/// <summary>The consultation system as published to every employee (第7条); <c>DirectoryAsOf</c>: names as the directory had them then.</summary>
public sealed record ConsultationDeskDto(IReadOnlyList<ConsultationDeskEntryDto> Entries, IReadOnlyList<ConsultableCounselorDto> Counselors, DateTimeOffset DirectoryAsOf);
