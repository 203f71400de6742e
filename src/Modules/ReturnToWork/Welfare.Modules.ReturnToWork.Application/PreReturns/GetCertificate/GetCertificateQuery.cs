using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetCertificate;

/// <summary>The certificate file: the participant, their department head, physicians, welfare officers and the director; never the support officer.</summary>
public sealed record GetCertificateQuery(Guid PreReturnId) : IQuery<CertificateFileDto>;

public sealed record CertificateFileDto(string ContentType, byte[] Content, string FileName);
