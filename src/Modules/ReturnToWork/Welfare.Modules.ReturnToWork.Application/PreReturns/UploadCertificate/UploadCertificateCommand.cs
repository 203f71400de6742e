using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.UploadCertificate;

/// <summary>The employee uploads the attending physician's certificate (Form 2): PDF, JPEG or PNG by its bytes, within the size limit; a new upload replaces the old.</summary>
public sealed record UploadCertificateCommand(Guid PreReturnId, string? ContentType, byte[] Content) : ICommand<CertificateDto>;
