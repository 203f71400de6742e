using Welfare.Modules.Harassment.Domain.Counselors;

namespace Welfare.Modules.Harassment.Application.Counselors;

public sealed record ConsultationDeskEntryDto(string Place, string Hours, string? Contact, string? Note);

/// <summary>Who may be consulted: a counsellor's staff number and sex, so that a complainant can ask for a counsellor of a given sex.</summary>
public sealed record ConsultableCounselorDto(string EmployeeId, CounselorSex Sex);

/// <summary>The consultation system as published to every employee (第7条).</summary>
public sealed record ConsultationDeskDto(IReadOnlyList<ConsultationDeskEntryDto> Entries, IReadOnlyList<ConsultableCounselorDto> Counselors);
