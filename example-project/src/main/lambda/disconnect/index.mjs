// $disconnect: forget the connection. API Gateway calls this on a best-effort basis; the
// table's TTL and the broadcaster's cleanup of gone connections catch what it misses.
import { DynamoDBClient, DeleteItemCommand } from '@aws-sdk/client-dynamodb';

const dynamodb = new DynamoDBClient({});

export const handler = async (event) => {
  await dynamodb.send(new DeleteItemCommand({
    TableName: process.env.CONNECTIONS_TABLE,
    Key: { connectionId: { S: event.requestContext.connectionId } },
  }));
  return { statusCode: 200, body: 'disconnected' };
};
